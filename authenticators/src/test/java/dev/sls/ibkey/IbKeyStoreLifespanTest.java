package dev.sls.ibkey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.limit.RateLimits;
import dev.sls.core.signing.DeviceKeys;
import dev.sls.core.store.FakeSession;
import dev.sls.ibkey.activation.ActivationCodes;
import dev.sls.ibkey.activation.IssuedActivation;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.credential.dto.IbKeyCredentialData;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.ibkey.login.IbKeyLoginConfig;
import dev.sls.ibkey.protocol.api.DecisionStatus;
import dev.sls.ibkey.protocol.api.MatchMode;
import dev.sls.ibkey.push.PushChallenge;
import dev.sls.ibkey.push.PushChallenges;
import dev.sls.ibkey.push.PushLimits;
import dev.sls.ibkey.push.PushPolicy;
import dev.sls.ibkey.push.PushRequest;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Everything the pack writes to Keycloak's single-use store goes with a lifespan: after a few hundred logins of every
 * outcome and a month on the clock, the store is empty again. The store models Keycloak 26.7.3, where {@code replace}
 * keeps an entry for ever, so a write through replace fails this test.
 */
class IbKeyStoreLifespanTest {

    private static final long MONTH_AND_A_DAY = 31L * 24 * 3600;

    @AfterEach
    void resetClock() {
        Time.setOffset(0);
    }

    @Test
    void aMonthAfterHundredsOfLoginsNothingIsLeft() {
        FakeSession fake = new FakeSession();
        PushPolicy policy = IbKeyLoginConfig.from(null).policy();
        RealmModel realm = named(RealmModel.class, "realm-1");
        for (int login = 0; login < 400; login++) {
            String userId = "user-" + (login % 40);
            UserModel user = named(UserModel.class, userId);
            String handle = userId + ".credential";
            PushLimits limits = new PushLimits(fake.session());
            limits.tryPush(userId, "10.0.0." + (login % 7), policy);
            PushChallenge push = new PushChallenges(fake.session()).create(new PushRequest("realm-1", userId, handle,
                    "app", "App", "10.0.0.1", null, null, "login-" + login), 90, 3, MatchMode.CODE).orElseThrow();
            switch (login % 4) {
                case 0 -> {
                    new PushChallenges(fake.session()).decide(push, DecisionStatus.APPROVED);
                    limits.recordApproved(userId, policy);
                }
                case 1 -> new PushChallenges(fake.session()).decide(push, DecisionStatus.CODE_MISMATCH);
                case 2 -> {
                    new PushChallenges(fake.session()).cancel(push);
                    limits.recordUnanswered(userId, policy);
                }
                default -> {
                    // left to expire unanswered
                }
            }
            new RateLimits(fake.session()).tryUse(new RateLimits.Limit("probe", 5, Duration.ofMinutes(10)), userId);
            IssuedActivation issued = new ActivationCodes(fake.session()).issue(realm, user, 600);
            if (login % 2 == 0) {
                new ActivationCodes(fake.session()).redeem(realm, issued.code());
            }
            if (login % 10 == 0) {
                new IbKeyDevices(fake.session()).rememberRetired(user, retiredPhone());
            }
            fake.commit();
            Time.setOffset(Time.getOffset() + 45);
        }
        assertTrue(fake.store().live().size() > 100, "the logins left state behind while they were recent");
        assertTrue(fake.store().longestLifespanSeconds() <= MONTH_AND_A_DAY,
                "longest lifespan " + fake.store().longestLifespanSeconds() + " s");

        Time.setOffset(Time.getOffset() + (int) MONTH_AND_A_DAY);
        Map<String, Long> left = fake.store().live();
        assertEquals(0, left.size(), () -> "entries written without a bounded lifespan, e.g. "
                + left.keySet().stream().limit(3).toList());
    }

    private static IbKeyCredentialModel retiredPhone() {
        IbKeyCredentialModel model = IbKeyCredentialModel.create(new IbKeyCredentialData("device", "Old phone",
                "android", DeviceKeys.encodePublic(DeviceKeys.generate().getPublic()),
                "OCRA-1:HOTP-SHA256-8:QN08-PSHA1", null, null, "none"), new byte[32], "0".repeat(40));
        model.setId("credential-" + System.nanoTime());
        return model;
    }

    private static <T> T named(Class<T> type, String id) {
        return type.cast(Proxy.newProxyInstance(IbKeyStoreLifespanTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId", "getName" -> id;
                    case "hashCode" -> id.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
    }
}
