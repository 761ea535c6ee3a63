package dev.sls.sharing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.dscplus.it.DscPlusSteps;
import dev.sls.it.BruteForce;
import dev.sls.it.RelyingParty;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.AccountConsole;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * F13 end to end: a code-card holder shares the DSC+ of another username of the same individual, then logs in with it
 * (tokens checked with the Nimbus OIDC SDK), and cancels; each prerequisite refused in the seeds' words, changing
 * nothing; wrong owner passwords count on the owner, wrong responses on the requester; a blocked card stops the share.
 */
@ExtendWith(KeycloakExtension.class)
class DeviceSharingTest {

    private static final String REALM = SharingSteps.REALM;

    @Test
    void aShareApprovedAtOnceLogsTheRequesterInWithTheOwnersCardUntilCancelled(KeycloakServer server,
                                                                                AdminClient admin) {
        SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
        SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-req",
                SharingSteps.SAME_DATA_WRITTEN_OTHERWISE);

        Page status = SharingSteps.share(server, new Browser(), requester, owner);
        assertEquals("approved", SharingSteps.state(status));
        assertTrue(status.text().contains("has been approved"), status::describe);
        OidcLogin.finish(status.form(SharingSteps.STATUS_FORM).submit("sls-ok"));

        // The next login: the owner's card, named as a shared device with the owner masked; the own card is suspended.
        Browser browser = new Browser();
        Page shared = CodeCardSteps.password(server, browser, requester.user().username(),
                requester.user().password());
        assertTrue(shared.has(SharingSteps.SHARED_LOGIN_FORM), shared::describe);
        String masked = owner.user().username().charAt(0) + "***"
                + owner.user().username().charAt(owner.user().username().length() - 1);
        assertTrue(shared.text().contains(masked), shared::describe);
        assertFalse(shared.html().contains(owner.user().username()), "the owner is masked: " + shared.describe());
        assertFalse(shared.has(CodeCardSteps.LOGIN_FORM), "the requester's own card is suspended");
        Tokens tokens = OidcLogin.finish(SharingSteps.answerWithCard(shared, SharingSteps.SHARED_LOGIN_FORM,
                owner.card(), "kc-login"));

        IDTokenClaimsSet claims = RelyingParty.validate(server.realmUrl(REALM), SharingSteps.CLIENT, tokens);
        assertEquals(requester.user().username(), claims.getStringClaim("preferred_username"));
        assertEquals("sls-level-4", claims.getACR().getValue());
        Map<String, Object> device = claims.getJSONObjectClaim("sls_device");
        assertEquals("sls-dsc-plus", device.get("type"));
        assertEquals(4L, ((Number) device.get("level")).longValue());
        assertEquals(Boolean.TRUE, claims.getBooleanClaim("sls_device_shared"));
        String shareId = claims.getStringClaim("sls_device_share");
        assertNotNull(shareId);
        for (String token : new String[] {tokens.idToken(), tokens.accessToken()}) {
            String payload = Tokens.decodePayload(token).toString();
            assertFalse(payload.contains(owner.user().id()) || payload.contains(owner.user().username()),
                    "no owner identifier but the opaque share id: " + payload);
            assertFalse(payload.contains("slsId") || payload.contains("48213") || payload.contains("1984"),
                    "no identification data in tokens: " + payload);
        }
        JsonNode login = admin.get("/" + REALM + "/events?type=LOGIN&user=" + requester.user().id()).get(0);
        assertEquals(owner.user().id(), login.path("details").path("sls_share_owner").asText(), login::toString);
        assertEquals(shareId, login.path("details").path("sls_share").asText(), login::toString);

        // Cancel sharing: the own card works again, the shared device is gone.
        Page cancel = OidcLogin.begin(browser, server.realmUrl(REALM), SharingSteps.CLIENT, SharingSteps.REDIRECT,
                Map.of("kc_action", "sls-share-device:cancel"));
        assertTrue(cancel.has(SharingSteps.CANCEL_FORM), "a fresh shared-device login in this session: "
                + cancel.describe());
        Page cancelled = cancel.form(SharingSteps.CANCEL_FORM).submit("sls-cancel-share");
        assertEquals("cancelled", SharingSteps.state(cancelled), cancelled::describe);
        OidcLogin.finish(cancelled.form(SharingSteps.STATUS_FORM).submit("sls-ok"));
        SharingSteps.assertNoShareState(admin, requester.user().id());
        Page own = CodeCardSteps.password(server, new Browser(), requester.user().username(),
                requester.user().password());
        assertTrue(own.has(CodeCardSteps.LOGIN_FORM), "the own card is active again: " + own.describe());
        Tokens again = OidcLogin.finish(CodeCardSteps.login(own, requester.card()));
        assertEquals("sls-code-card", again.idClaims().path("sls_device").path("type").asText());
        assertFalse(again.idClaims().has("sls_device_shared"));

        // Identification data are never shown to the person: the account API (what the account console reads).
        Page console = AccountConsole.begin(new Browser(), server.realmUrl(REALM)).form("#kc-form-login")
                .set("username", requester.user().username()).set("password", requester.user().password())
                .submit("kc-login");
        Tokens consoleTokens = OidcLogin.finish(CodeCardSteps.login(console, requester.card()));
        String account = accountOf(server, consoleTokens);
        assertTrue(account.contains(requester.user().username()), account);
        for (String hidden : new String[] {"slsIdBirthDate", "slsIdCitizenship", "slsIdResidence",
                "slsIdDocumentType", "slsIdDocumentNumber", "slsIdSsn", "48213", "1984"}) {
            assertFalse(account.contains(hidden), hidden + " in " + account);
        }
    }

    @Test
    void differentIdentificationDataAreRefusedInTheSeedsWordsAndChangeNothing(KeycloakServer server,
                                                                               AdminClient admin) {
        SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
        SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-other",
                SharingSteps.OTHER_DATA);
        Page refused = answerOwnersCard(server, requester, owner);
        assertTrue(refused.errorText().contains("Different identification information"), refused::describe);
        assertTrue(refused.errorText().contains("contact Client Services to have the data rectified"),
                refused::describe);
        assertTrue(refused.has(SharingSteps.OWNER_FORM), "the procedure starts over: " + refused.describe());
        assertUnchanged(admin, requester);
    }

    @Test
    void aTemporaryDeviceAssignedToTheOwnerIsRefused(KeycloakServer server, AdminClient admin) {
        SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
        SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-temp",
                SharingSteps.CAROLS_DATA);
        Page ownerPage = SharingSteps.openAction(server, new Browser(), requester, "sls-share-device");
        AdminClient.Response issued = admin.send("POST", "/" + REALM + "/sls/temporary/users/" + owner.user().id(),
                AdminClient.object().put("kind", "code"));
        assertEquals(201, issued.status(), issued.body());
        Page challenge = SharingSteps.enterOwner(ownerPage, owner.user().username(), owner.user().password());
        Page refused = SharingSteps.answerWithCard(challenge, SharingSteps.RESPONSE_FORM, owner.card(),
                "sls-continue");
        assertTrue(refused.errorText().contains("temporary security device"), refused::describe);
        assertUnchanged(admin, requester);
    }

    @Test
    void sharingTheLessSecureDeviceIsRefused(KeycloakServer server, AdminClient admin) {
        // The "owner" holds a code card, the requester a DSC+: the card is the less secure device.
        SharingSteps.CodeCardHolder cardOwner = SharingSteps.codeCardHolder(server, admin, "share-card-owner",
                SharingSteps.CAROLS_DATA);
        SharingSteps.CardOwner dscHolder = SharingSteps.dscPlusOwner(server, admin,
                SharingSteps.SAME_DATA_WRITTEN_OTHERWISE);
        Browser browser = new Browser();
        Page login = OidcLogin.begin(browser, server.realmUrl(REALM), SharingSteps.CLIENT, SharingSteps.REDIRECT,
                Map.of("kc_action", "sls-share-device"));
        Page card = login.form("#kc-form-login").set("username", dscHolder.user().username())
                .set("password", dscHolder.user().password()).submit("kc-login");
        Page ownerPage = DscPlusSteps.answer(card, dscHolder.card(), DscPlusSteps.PIN);
        Page challenge = SharingSteps.enterOwner(ownerPage, cardOwner.user().username(), cardOwner.user().password());
        assertTrue(challenge.has(SharingSteps.RESPONSE_FORM), challenge::describe);
        Page refused = SharingSteps.answerWithCodes(challenge, cardOwner.card());
        assertTrue(refused.errorText().contains("Less secure device"), refused::describe);
        assertTrue(refused.errorText().contains("identify the most secure device and share that one"),
                refused::describe);
        assertEquals(0, SharingSteps.countOf(admin.credentials(REALM, dscHolder.user().id()), "sls-shared-device"));
        assertFalse(admin.get("/" + REALM + "/users/" + dscHolder.user().id()).toString().contains("slsShare"));
    }

    @Test
    void aWrongOwnerPasswordCountsOnTheOwnerAndAnUnknownOwnerGetsTheSameAnswer(KeycloakServer server,
                                                                              AdminClient admin) {
        SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
        SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-pw",
                SharingSteps.CAROLS_DATA);
        Page ownerPage = SharingSteps.openAction(server, new Browser(), requester, "sls-share-device");
        Page wrong = SharingSteps.enterOwner(ownerPage, owner.user().username(), "not-the-password");
        Page unknown = SharingSteps.enterOwner(wrong, "nobody-" + owner.user().username(), "whatever");
        assertEquals(wrong.errorText(), unknown.errorText());
        assertTrue(wrong.errorText().contains("Invalid username or password"), wrong::describe);
        BruteForce.assertFailures(admin, REALM, owner.user().id(), 1);
        assertEquals(0, admin.bruteForceStatus(REALM, requester.user().id()).path("numFailures").asInt());
        admin.clearBruteForce(REALM, owner.user().id());
    }

    @Test
    void aWrongResponseCountsOnTheRequester(KeycloakServer server, AdminClient admin) {
        SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
        SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-resp",
                SharingSteps.CAROLS_DATA);
        Page ownerPage = SharingSteps.openAction(server, new Browser(), requester, "sls-share-device");
        Page challenge = SharingSteps.enterOwner(ownerPage, owner.user().username(), owner.user().password());
        Page wrong = challenge.form(SharingSteps.RESPONSE_FORM).set("sls-response", "00000000")
                .submit("sls-continue");
        assertTrue(wrong.errorText().contains("not correct"), wrong::describe);
        assertTrue(wrong.has(SharingSteps.RESPONSE_FORM), "a new challenge: " + wrong.describe());
        BruteForce.assertFailures(admin, REALM, requester.user().id(), 1);
        assertEquals(0, admin.bruteForceStatus(REALM, owner.user().id()).path("numFailures").asInt());
        admin.clearBruteForce(REALM, requester.user().id());
        assertUnchanged(admin, requester);
    }

    @Test
    void whenTheOwnersCardIsBlockedTheRequesterIsToldAndCanEndTheShare(KeycloakServer server, AdminClient admin) {
        SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
        SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-blocked",
                SharingSteps.CAROLS_DATA);
        Page status = SharingSteps.share(server, new Browser(), requester, owner);
        OidcLogin.finish(status.form(SharingSteps.STATUS_FORM).submit("sls-ok"));
        String cardId = admin.get("/" + REALM + "/sls/dscplus/cards?userId=" + owner.user().id()).path("cards").get(0)
                .path("id").asText();
        AdminClient.Response blocked = admin.send("POST", "/" + REALM + "/sls/dscplus/cards/" + cardId + "/block",
                AdminClient.object().put("reason", "lost on the train"));
        assertEquals(200, blocked.status(), blocked.body());

        assertStoppedThenEnded(server, admin, requester, owner);
    }

    /**
     * The owner's shared device is gone: the requester's next login says so and offers Cancel sharing, which
     * reactivates the own card; both histories record why the share ended.
     */
    static void assertStoppedThenEnded(KeycloakServer server, AdminClient admin,
                                       SharingSteps.CodeCardHolder requester, SharingSteps.CardOwner owner) {
        Page stopped = CodeCardSteps.password(server, new Browser(), requester.user().username(),
                requester.user().password());
        assertTrue(stopped.errorText().contains("can no longer be used"), stopped::describe);
        assertFalse(stopped.has(SharingSteps.SHARED_LOGIN_FORM), stopped::describe);
        Page ended = stopped.form("#sls-shared-end-form").submit("sls-cancel-share");
        assertEquals("cancelled", SharingSteps.state(ended), ended::describe);
        SharingSteps.assertNoShareState(admin, requester.user().id());
        Page own = CodeCardSteps.password(server, new Browser(), requester.user().username(),
                requester.user().password());
        assertTrue(own.has(CodeCardSteps.LOGIN_FORM), "the own card is active again: " + own.describe());
        for (String userId : new String[] {requester.user().id(), owner.user().id()}) {
            String history = admin.get("/" + REALM + "/sls/history/users/" + userId).toString();
            assertTrue(history.contains("\"event\":\"unshared\"") && history.contains("\"proof\":\"device-gone\""),
                    "the history says why the share ended: " + history);
        }
    }

    /** Through the owner's credentials and card to the page after the response. */
    static Page answerOwnersCard(KeycloakServer server, SharingSteps.CodeCardHolder requester,
                                 SharingSteps.CardOwner owner) {
        Page ownerPage = SharingSteps.openAction(server, new Browser(), requester, "sls-share-device");
        Page challenge = SharingSteps.enterOwner(ownerPage, owner.user().username(), owner.user().password());
        assertTrue(challenge.has(SharingSteps.RESPONSE_FORM), challenge::describe);
        return SharingSteps.answerWithCard(challenge, SharingSteps.RESPONSE_FORM, owner.card(), "sls-continue");
    }

    /** No share recorded and the requester's own card still logs in. */
    static void assertUnchanged(AdminClient admin, SharingSteps.CodeCardHolder requester) {
        assertEquals(0, SharingSteps.countOf(admin.credentials(REALM, requester.user().id()), "sls-shared-device"));
        assertEquals(1, SharingSteps.countOf(admin.credentials(REALM, requester.user().id()), "sls-code-card"));
    }

    /** {@code GET /account?userProfileMetadata=true}, as the account console asks for the person's profile. */
    private static String accountOf(KeycloakServer server, Tokens tokens) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(server.realmUrl(REALM) + "/account?userProfileMetadata=true"))
                    .header("Authorization", "Bearer " + tokens.accessToken()).header("Accept", "application/json")
                    .GET().build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
