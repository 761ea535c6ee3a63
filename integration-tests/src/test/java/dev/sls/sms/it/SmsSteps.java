package dev.sls.sms.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.mobile.it.PhoneSteps;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.gateway.FakeTwilio;

/** The SMS login page as a person uses it. */
final class SmsSteps {

    static final String FORM = "#sls-sms-form";
    static final String RESEND = "#sls-resend-form";

    private SmsSteps() {
    }

    static Page type(Page page, String code) {
        assertTrue(page.has(FORM), page::describe);
        return page.form(FORM).set("sls-code", code).submit("login");
    }

    /** "Didn't receive a security code?" and one of its two options. */
    static Page resend(Page page, String channel) {
        assertTrue(page.has(RESEND), page::describe);
        return page.form(RESEND).submit("sls-resend-" + channel);
    }

    static String lastSmsCode(FakeTwilio twilio, String e164) {
        return PhoneSteps.codeIn(twilio.lastMessage(e164).orElseThrow(() -> new AssertionError(
                "no SMS to " + e164 + ":\n" + twilio.describe())));
    }
}
