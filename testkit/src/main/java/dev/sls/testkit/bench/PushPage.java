package dev.sls.testkit.bench;

import dev.sls.ibkey.app.IbKeyApp;
import dev.sls.ibkey.protocol.api.ChallengeSummary;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.Comparator;
import java.util.Set;

/**
 * A login waiting on its push page: the page (with its browser), the code it shows for the phone, its wait URL, and
 * the challenge the phone was sent.
 */
record PushPage(IbKeyPerson person, Browser browser, Page page, String shown, String waitUrl, String challengeId) {

    static final String FORM = "#sls-push-form";

    /**
     * Logs in up to the push page and finds the new challenge on the phone: the newest pending one not in
     * {@code known} (which it is added to).
     */
    static PushPage open(KeycloakServer server, IbKeyPerson person, Browser browser, IbKeyApp phone, Set<String> known) {
        return of(IbKeyPerson.password(server, browser, person.account()), person, browser, phone, known);
    }

    /** The push page {@code push} reached after the password, and the challenge it sent to the phone. */
    static PushPage of(Page push, IbKeyPerson person, Browser browser, IbKeyApp phone, Set<String> known) {
        var form = push.document().selectFirst(FORM);
        var shown = push.document().selectFirst("#sls-code, #sls-number");
        if (form == null || shown == null) {
            throw new IllegalStateException("no push page with a code: " + push.describe());
        }
        String challengeId = phone.pending(person.onPhone()).challenges().stream()
                .filter(c -> !known.contains(c.challengeId()))
                .max(Comparator.comparingLong(ChallengeSummary::createdAt))
                .map(ChallengeSummary::challengeId)
                .orElseThrow(() -> new IllegalStateException("the phone did not get the push of "
                        + person.account().username()));
        known.add(challengeId);
        return new PushPage(person, browser, push, shown.text().replace(" ", ""), form.attr("data-sls-wait-url"),
                challengeId);
    }

    /** Submits the page as its script does once the outcome is known; returns the page after it. */
    Page submit() {
        return page.form(FORM).submit();
    }

    /** Whether {@code next} is the redirect back to the client with an authorization code. */
    static boolean isCodeRedirect(Page next) {
        String location = next.redirectLocation();
        return location != null && location.startsWith(BenchRealm.REDIRECT) && location.contains("code=")
                && !location.contains("error=");
    }
}
