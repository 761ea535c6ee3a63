package dev.sls.testkit.bench;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * IB Key push: each user has their own phone (the reference app), activated at a first login. At each login the page
 * long-polls like its script while the phone finds the push, types the code shown and approves; the page is then
 * submitted.
 */
final class IbKeyPushMode implements LoginMode, AutoCloseable {

    private final LongPoll poll = new LongPoll();

    @Override
    public String name() {
        return "password + IB Key push";
    }

    @Override
    public String clientId() {
        return BenchRealm.IB_KEY_CLIENT;
    }

    @Override
    public Person enrol(KeycloakServer server, AdminClient admin) {
        IbKeyApp phone = IbKeyApp.install("benchmark phone", "ios");
        IbKeyPerson person = IbKeyPerson.enrol(server, admin, phone, poll);
        Set<String> seen = new HashSet<>();
        return new Person() {
            @Override
            public BenchRealm.Account account() {
                return person.account();
            }

            @Override
            public Page secondStep(Page afterPassword) {
                PushPage push = DeviceCpu.counted(() -> PushPage.of(afterPassword, person, null, phone, seen));
                var told = poll.await(push.waitUrl());
                DeviceCpu.counted(() -> phone.approve(person.onPhone(), push.challengeId(), push.shown()));
                try {
                    String state = told.get(30, TimeUnit.SECONDS).state();
                    if (!"approved".equals(state)) {
                        throw new IllegalStateException("the push page learnt " + state);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException("push login of " + person.account().username() + " failed", e);
                }
                return push.submit();
            }
        };
    }

    @Override
    public void close() {
        poll.close();
    }
}
