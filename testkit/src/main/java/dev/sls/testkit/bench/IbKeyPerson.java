package dev.sls.testkit.bench;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.app.IbKeyUser;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.DataUri;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.concurrent.TimeUnit;

/**
 * A benchmark user with IB Key fully set up: activated on the reference app through the activation page, the page
 * submitted and the login finished, so no required action is left and a later push login ends at the code redirect.
 */
record IbKeyPerson(BenchRealm.Account account, IbKeyUser onPhone) {

    static final String ACTIVATION_ACTION = "sls-ibkey-activate";

    static IbKeyPerson enrol(KeycloakServer server, AdminClient admin, IbKeyApp phone, LongPoll poll) {
        BenchRealm.Account account = BenchRealm.newAccount(admin, "ibkey", null, ACTIVATION_ACTION);
        Browser browser = new Browser().clientAddress(account.clientAddress());
        Page activation = password(server, browser, account);
        var form = activation.document().selectFirst("#sls-activate-form");
        var qr = activation.document().selectFirst("img#sls-qr");
        if (form == null || qr == null) {
            throw new IllegalStateException("no activation page: " + activation.describe());
        }
        IbKeyUser onPhone = phone.activateFromQr(DataUri.bytes(qr.attr("src")), null);
        try {
            String state = poll.await(form.attr("data-sls-wait-url")).get(30, TimeUnit.SECONDS).state();
            if (!"activated".equals(state)) {
                throw new IllegalStateException("activation page learnt " + state);
            }
        } catch (Exception e) {
            throw new IllegalStateException("activation of " + account.username() + " failed", e);
        }
        OidcLogin.finish(activation.form("#sls-activate-form").submit());
        return new IbKeyPerson(account, onPhone);
    }

    /** Opens the IB Key client's login in {@code browser} and submits the password; returns the next page. */
    static Page password(KeycloakServer server, Browser browser, BenchRealm.Account account) {
        Page login = OidcLogin.begin(browser, server.realmUrl(BenchRealm.NAME), BenchRealm.IB_KEY_CLIENT,
                BenchRealm.REDIRECT);
        return login.form("#kc-form-login").set("username", account.username()).set("password", account.password())
                .submit("kc-login");
    }

    /** The same phone user, talking to another node of the cluster. */
    IbKeyPerson phoneTalkingTo(String baseUrl) {
        return new IbKeyPerson(account, new IbKeyUser(baseUrl, onPhone.realm(), onPhone.username(),
                onPhone.deviceHandle(), onPhone.ocraSuite(), onPhone.ocraKey()));
    }
}
