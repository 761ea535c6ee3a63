package dev.sls.sharing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.codecard.it.CodeCardSteps;
import dev.sls.dscplus.it.DscPlusSteps;
import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.ibkey.it.IbKeySteps;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.Browser;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.server.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the share does with the owner's device beyond the usual DSC+: an owner whose device is IB Key is told to add the
 * username in the app (nothing shared), and an owner's DSC+ replaced by a new card stops the share, as a blocked one.
 */
@ExtendWith(KeycloakExtension.class)
class SharingOwnerDeviceTest {

    private static final String REALM = SharingSteps.REALM;

    @Test
    void anOwnerWhoseDeviceIsIbKeyIsToldToAddTheUsernameInTheAppAndNothingIsShared(KeycloakServer server,
                                                                                  AdminClient admin) {
        IbKeySteps.Enrolled owner = IbKeySteps.enrolled(server, admin, "share-ibkey-owner");
        SharingSteps.identify(admin, owner.user().id(), SharingSteps.CAROLS_DATA);
        SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-ibkey-req",
                SharingSteps.CAROLS_DATA);

        Page ownerPage = SharingSteps.openAction(server, new Browser(), requester, "sls-share-device");
        Page told = SharingSteps.enterOwner(ownerPage, owner.user().username(), owner.user().password());
        assertTrue(told.errorText().contains("add this username in the IB Key app instead"), told::describe);
        assertFalse(told.has(SharingSteps.RESPONSE_FORM), "no challenge of the owner's phone: " + told.describe());
        assertTrue(told.has(SharingSteps.OWNER_FORM), told::describe);

        DeviceSharingTest.assertUnchanged(admin, requester);
        assertFalse(admin.get("/" + REALM + "/users/" + requester.user().id()).toString().contains("slsShare"));
        assertFalse(admin.get("/" + REALM + "/users/" + owner.user().id()).toString().contains("slsShare"));
        JsonNode events = admin.get("/" + REALM + "/events?user=" + requester.user().id());
        boolean refused = false;
        for (JsonNode event : events) {
            refused |= "add-in-app".equals(event.path("details").path("sls_share_refusal").asText());
        }
        assertTrue(refused, events::toString);
        Page own = CodeCardSteps.password(server, new Browser(), requester.user().username(),
                requester.user().password());
        assertTrue(own.has(CodeCardSteps.LOGIN_FORM), "the requester still logs in with their own card: "
                + own.describe());
        assertFalse(own.has(SharingSteps.SHARED_LOGIN_FORM), own::describe);
    }

    @Test
    void whenTheOwnerReplacesTheSharedCardTheShareStopsAndTheRequesterCanEndIt(KeycloakServer server,
                                                                              AdminClient admin) {
        SharingSteps.CardOwner owner = SharingSteps.dscPlusOwner(server, admin, SharingSteps.CAROLS_DATA);
        SharingSteps.CodeCardHolder requester = SharingSteps.codeCardHolder(server, admin, "share-replaced",
                SharingSteps.CAROLS_DATA);
        Page status = SharingSteps.share(server, new Browser(), requester, owner);
        OidcLogin.finish(status.form(SharingSteps.STATUS_FORM).submit("sls-ok"));

        // Client Services give the owner a new card; the owner activates it at the next login (the old one retired).
        CardVendor.MadeCard replacement = DscPlusSteps.importBatch(admin, 1).cards().get(0);
        DscPlusSteps.assign(admin, replacement.serial(), owner.user());
        DscPlusCard newCard = replacement.card(null);
        Page page = DscPlusSteps.password(server, new Browser(), owner.user().username(), owner.user().password());
        Page serial = DscPlusSteps.answer(page, owner.card(), DscPlusSteps.PIN);
        Page prove = serial.form("#sls-dscplus-serial-form").set("sls-serial", replacement.serial())
                .submit("sls-continue");
        String response = DscPlusSteps.respond(newCard, "8264",
                prove.document().selectFirst("#sls-challenge").text().trim());
        OidcLogin.finish(prove.form("#sls-dscplus-activate-form").set("sls-pin", "8264").set("sls-pin-confirm", "8264")
                .set("sls-response", response).submit("sls-continue"));
        assertEquals("active", DscPlusSteps.cardBySerial(admin, replacement.serial()).path("state").asText());

        // The share named the old card: the requester is told, and the new card is not borrowed silently.
        DeviceSharingTest.assertStoppedThenEnded(server, admin, requester, owner);
    }
}
