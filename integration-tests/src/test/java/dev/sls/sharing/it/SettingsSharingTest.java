package dev.sls.sharing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sharing on the Secure Login settings page: the shared device listed as the owner's device (its name in en/ja/fr,
 * its real level, the owner masked), the own card suspended, no "Share Device" while a share is pending or approved,
 * and "Cancel sharing" as an action of the page itself — confirmed, done in the same fresh session, refused to a
 * post the page did not offer. Both people's device history tells the story.
 */
@ExtendWith(KeycloakExtension.class)
class SettingsSharingTest {

    private static final String REALM = SharingSteps.REALM;
    private static final String SETTINGS_FORM = "#sls-settings-form";
    private static final String SHARED_ROW = ".sls-settings-device[data-sls-type=sls-shared-device]";
    private static final String OWN_CARD_ROW = ".sls-settings-device[data-sls-type=sls-code-card]";

    @Test
    void theSharedDeviceIsListedAsTheOwnersAndCancellingIsDoneOnThePage(KeycloakServer server, AdminClient admin) {
        SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
        SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-settings",
                SharingSteps.CAROLS_DATA);
        OidcLogin.finish(SharingSteps.share(server, new Browser(), requester, owner)
                .form(SharingSteps.STATUS_FORM).submit("sls-ok"));

        Browser browser = new Browser();
        Page settings = openWithSharedDevice(server, browser, requester, owner, Map.of());
        String masked = owner.user().username().charAt(0) + "***"
                + owner.user().username().charAt(owner.user().username().length() - 1);
        Element shared = settings.document().selectFirst(SHARED_ROW);
        assertNotNull(shared, settings::describe);
        assertEquals("active", shared.attr("data-sls-state"));
        assertTrue(shared.text().contains("Shared DSC+") && shared.text().contains("Level 4")
                && shared.text().contains(masked), shared::text);
        assertFalse(shared.text().contains("sls-dsc-plus") || shared.text().contains("Level 1"), shared::text);
        Element own = settings.document().selectFirst(OWN_CARD_ROW);
        assertEquals("suspended-shared", own.attr("data-sls-state"), own::outerHtml);
        assertFalse(settings.html().contains(owner.user().username()), "the owner is masked");
        for (String hidden : new String[] {"slsId", "48213", "1984", "21/06", "passport"}) {
            assertFalse(settings.html().contains(hidden), "no identification data in the page: " + hidden);
        }
        assertFalse(settings.has("#sls-share-device"), "no Share Device while a share is approved");
        assertEquals("approved", settings.document().selectFirst("#sls-sharing-section").attr("data-state"));
        assertTrue(settings.has("#sls-cancel-sharing"), settings::describe);

        for (String[] language : new String[][] {{"ja", "共有DSC+"}, {"fr", "DSC+ partagée"}}) {
            Page translated = openWithSharedDevice(server, new Browser(), requester, owner,
                    Map.of("ui_locales", language[0]));
            assertTrue(translated.document().selectFirst(SHARED_ROW).text().contains(language[1]),
                    translated::describe);
        }

        // A post the page did not offer changes nothing: an unknown box or verb, or the confirmed cancel from
        // another browser (no login session).
        String action = settings.form(SETTINGS_FORM).action();
        Page forged = new Browser().post(action, Map.of("sls-settings", "sls-sharing:cancel:confirmed"));
        assertFalse(forged.has(SETTINGS_FORM) || forged.status() >= 500, forged::describe);
        assertEquals(1, SharingSteps.countOf(admin.credentials(REALM, requester.user().id()), "sls-shared-device"));
        Page unknown = browser.post(action, Map.of("sls-settings", "sls-sharing:delete-everything"));
        assertEquals(400, unknown.status(), unknown::describe);
        assertTrue(unknown.errorText().contains("not available on this page"), unknown::describe);
        assertEquals(1, SharingSteps.countOf(admin.credentials(REALM, requester.user().id()), "sls-shared-device"));

        // Cancel: asked first, then done on the page itself — no password, no device again.
        Page asked = unknown.form(SETTINGS_FORM).submit("sls-cancel-sharing");
        assertTrue(asked.has("#sls-settings-confirm"), asked::describe);
        assertTrue(asked.text().contains("its own devices are reactivated"), asked::describe);
        assertEquals(1, SharingSteps.countOf(admin.credentials(REALM, requester.user().id()), "sls-shared-device"),
                "nothing changes before the confirmation");
        Page back = asked.form(SETTINGS_FORM).submit("sls-settings-confirm-no");
        assertFalse(back.has("#sls-settings-confirm"), back::describe);
        Page done = back.form(SETTINGS_FORM).submit("sls-cancel-sharing").form(SETTINGS_FORM)
                .submit("sls-settings-confirm-yes");
        assertTrue(done.has(SETTINGS_FORM), "still the settings page: " + done.describe());
        assertTrue(done.document().selectFirst("#sls-settings-outcome").text().contains("has been cancelled"),
                done::describe);
        assertEquals("none", done.document().selectFirst("#sls-sharing-section").attr("data-state"));
        assertTrue(done.has("#sls-share-device"), "Share Device is offered again: " + done.describe());
        assertEquals("active", done.document().selectFirst(OWN_CARD_ROW).attr("data-sls-state"));
        assertFalse(done.has(SHARED_ROW), done::describe);
        SharingSteps.assertNoShareState(admin, requester.user().id());
        JsonNode cancelled = admin.get("/" + REALM + "/events?type=CUSTOM_REQUIRED_ACTION&user="
                + requester.user().id()).get(0);
        assertEquals("cancelled", cancelled.path("details").path("sls_share_state").asText(), cancelled::toString);
        Page finished = done.form(SETTINGS_FORM).submit("sls-settings-done");
        assertTrue(finished.isRedirect() && finished.redirectLocation().contains("kc_action_status=success"),
                finished::describe);

        // The device history of both people.
        JsonNode requesterLines = history(admin, requester.user().id());
        assertTrue(events(requesterLines).containsAll(List.of("shared", "suspended", "unshared", "reactivated")),
                requesterLines::toString);
        String requesterText = requesterLines.toString();
        assertFalse(requesterText.contains(owner.user().id()) || requesterText.contains(owner.user().username()),
                "the owner is masked on the requester's history: " + requesterText);
        assertTrue(requesterText.contains(masked) && requesterText.contains("owner-device")
                && requesterText.contains("\"cancelled\""), requesterText);
        JsonNode ownerLines = history(admin, owner.user().id());
        List<String> ownerEvents = events(ownerLines);
        assertTrue(ownerEvents.contains("shared") && ownerEvents.contains("unshared"), ownerLines::toString);
        assertTrue(ownerLines.toString().contains(requester.user().username()), ownerLines::toString);
    }

    @Test
    void aShareAwaitingComplianceIsAPendingDeviceAndCanBeCancelledOnThePage(KeycloakServer server,
                                                                           AdminClient admin) {
        String previous = SharingSteps.requireApproval(admin, "true");
        try {
            SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
            SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-settings-p",
                    SharingSteps.CAROLS_DATA);
            Page status = SharingSteps.share(server, new Browser(), requester, owner);
            assertEquals("pending", SharingSteps.state(status));
            OidcLogin.finish(status.form(SharingSteps.STATUS_FORM).submit("sls-ok"));

            Page settings = SharingSteps.openAction(server, new Browser(), requester, "sls-settings");
            assertTrue(settings.has(SETTINGS_FORM), "pending: the own card still logs in: " + settings.describe());
            Element pending = settings.document().selectFirst(SHARED_ROW);
            assertNotNull(pending, settings::describe);
            assertEquals("pending", pending.attr("data-sls-state"));
            assertTrue(pending.text().contains("Shared DSC+") && pending.text().contains("Level 4")
                    && pending.text().contains("Pending"), pending::text);
            assertEquals("active", settings.document().selectFirst(OWN_CARD_ROW).attr("data-sls-state"));
            assertEquals("pending", settings.document().selectFirst("#sls-sharing-section").attr("data-state"));
            assertTrue(settings.document().selectFirst("#sls-sharing-state").text().contains("pending"),
                    settings::describe);
            assertFalse(settings.has("#sls-share-device"), "no Share Device while a request is pending");

            Page done = settings.form(SETTINGS_FORM).submit("sls-cancel-sharing").form(SETTINGS_FORM)
                    .submit("sls-settings-confirm-yes");
            assertEquals("none", done.document().selectFirst("#sls-sharing-section").attr("data-state"),
                    done::describe);
            assertFalse(done.has(SHARED_ROW), done::describe);
            assertFalse(admin.get("/" + REALM + "/users/" + requester.user().id()).toString().contains("slsShare"));
            List<String> ownerEvents = events(history(admin, owner.user().id()));
            assertFalse(ownerEvents.contains("shared") || ownerEvents.contains("unshared"),
                    "nothing was shared, so nothing ended on the owner's side: " + ownerEvents);
            assertFalse(events(history(admin, requester.user().id())).contains("reactivated"),
                    "nothing was suspended");
        } finally {
            SharingSteps.requireApproval(admin, previous);
        }
    }

    /** Logs in for {@code kc_action=sls-settings} with the password and the owner's card through the share. */
    static Page openWithSharedDevice(KeycloakServer server, Browser browser, SharingSteps.CodeCardHolder requester,
                                     SharingSteps.CardOwner owner, Map<String, String> extra) {
        Map<String, String> parameters = new java.util.HashMap<>(extra);
        parameters.put("kc_action", "sls-settings");
        Page login = OidcLogin.begin(browser, server.realmUrl(REALM), SharingSteps.CLIENT, SharingSteps.REDIRECT,
                parameters);
        Page shared = login.form("#kc-form-login").set("username", requester.user().username())
                .set("password", requester.user().password()).submit("kc-login");
        assertTrue(shared.has(SharingSteps.SHARED_LOGIN_FORM), shared::describe);
        Page settings = SharingSteps.answerWithCard(shared, SharingSteps.SHARED_LOGIN_FORM, owner.card(), "kc-login");
        assertTrue(settings.has(SETTINGS_FORM), settings::describe);
        return settings;
    }

    static JsonNode history(AdminClient admin, String userId) {
        return admin.get("/" + REALM + "/sls/history/users/" + userId);
    }

    static List<String> events(JsonNode history) {
        List<String> events = new ArrayList<>();
        history.path("lines").forEach(line -> events.add(line.path("event").asText()));
        return events;
    }
}
