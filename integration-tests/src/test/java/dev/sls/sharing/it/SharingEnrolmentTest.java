package dev.sls.sharing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.browser.Tokens;
import dev.sls.testkit.server.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seeds, step 5a: a username without any device is shown the enrolment page, which offers "I already have access to
 * a Secure Login Device under a different username"; the sharing procedure then gives it the owner's device.
 */
@ExtendWith(KeycloakExtension.class)
class SharingEnrolmentTest {

    @Test
    void aUsernameWithoutADeviceSharesFromTheEnrolmentPage(KeycloakServer server, AdminClient admin) {
        SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
        CodeCardSteps.TestUser requester = CodeCardSteps.newUser(admin, "share-enrol");
        SharingSteps.identify(admin, requester.id(), SharingSteps.SAME_DATA_WRITTEN_OTHERWISE);

        Page enrolment = CodeCardSteps.password(server, new Browser(), requester);
        assertTrue(enrolment.has("#sls-share-instead-form"), enrolment::describe);
        assertTrue(enrolment.text().contains("I already have access to a Secure Login Device under a different"
                + " username"), enrolment::describe);
        Page ownerPage = enrolment.form("#sls-share-instead-form").submit("sls-share-instead");
        Page challenge = SharingSteps.enterOwner(ownerPage, owner.user().username(), owner.user().password());
        Page review = SharingSteps.answerWithCard(challenge, SharingSteps.RESPONSE_FORM, owner.card(), "sls-continue");
        Page status = review.form(SharingSteps.REVIEW_FORM).submit("sls-continue");
        assertEquals("approved", SharingSteps.state(status), status::describe);
        OidcLogin.finish(status.form(SharingSteps.STATUS_FORM).submit("sls-ok"));
        assertEquals(0, SharingSteps.countOf(admin.credentials(SharingSteps.REALM, requester.id()), "sls-code-card"),
                "no card was issued");

        Page shared = CodeCardSteps.password(server, new Browser(), requester);
        assertTrue(shared.has(SharingSteps.SHARED_LOGIN_FORM), shared::describe);
        Tokens tokens = OidcLogin.finish(SharingSteps.answerWithCard(shared, SharingSteps.SHARED_LOGIN_FORM,
                owner.card(), "kc-login"));
        assertEquals("sls-dsc-plus", tokens.idClaims().path("sls_device").path("type").asText());
        assertTrue(tokens.idClaims().path("sls_device_shared").asBoolean());
    }
}
