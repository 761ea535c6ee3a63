package dev.sls.testkit.bench;

import dev.sls.testkit.AdminClient;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * Keycloak's built-in OTP form: each user gets a TOTP secret stored as Keycloak stores one (as if set up in an
 * authenticator app), and the driver computes the code of the moment.
 */
final class BuiltInOtpMode implements LoginMode {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @Override
    public String name() {
        return "password + built-in OTP";
    }

    @Override
    public String clientId() {
        return BenchRealm.OTP_CLIENT;
    }

    @Override
    public Person enrol(KeycloakServer server, AdminClient admin) {
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            secret.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        var credential = AdminClient.object().put("type", "otp").put("userLabel", "bench authenticator")
                .put("secretData", "{\"value\":\"" + secret + "\"}")
                .put("credentialData", "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,"
                        + "\"algorithm\":\"HmacSHA1\"}");
        BenchRealm.Account account = BenchRealm.newAccount(admin, "otp", credential);
        byte[] key = secret.toString().getBytes(StandardCharsets.US_ASCII);
        return new Person() {
            @Override
            public BenchRealm.Account account() {
                return account;
            }

            @Override
            public Page secondStep(Page afterPassword) {
                return afterPassword.form("#kc-otp-login-form").set("otp", Totp.at(key, Instant.now().getEpochSecond()))
                        .submit("kc-login");
            }
        };
    }
}
