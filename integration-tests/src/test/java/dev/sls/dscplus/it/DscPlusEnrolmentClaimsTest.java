package dev.sls.dscplus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import dev.sls.dscplus.simulator.CardVendor;
import dev.sls.dscplus.simulator.DscPlusCard;
import dev.sls.it.RelyingParty;
import dev.sls.testkit.AdminClient;
import dev.sls.testkit.KeycloakExtension;
import dev.sls.testkit.browser.OidcLogin;
import dev.sls.testkit.browser.Page;
import dev.sls.testkit.demo.DscPlusDemo;
import dev.sls.testkit.server.KeycloakServer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A DSC+ card activated at the first login (a response typed from the card) is the device the tokens name. */
@ExtendWith(KeycloakExtension.class)
class DscPlusEnrolmentClaimsTest {

    @Test
    void aCardActivatedAtTheFirstLoginIsTheLoginsDevice(KeycloakServer server, AdminClient admin) {
        DscPlusSteps.TestUser user = DscPlusSteps.newUser(admin, "enrol-dsc");
        CardVendor.MadeCard made = DscPlusSteps.importBatch(admin, 1).cards().get(0);
        DscPlusSteps.assign(admin, made.serial(), user);
        DscPlusCard card = made.card(null);
        Page done = DscPlusDemo.activate(server, user.username(), user.password(), made.serial(), DscPlusSteps.PIN,
                card);
        assertTrue(done.isRedirect(), done::describe);

        IDTokenClaimsSet claims = RelyingParty.validate(server.realmUrl(DscPlusSteps.REALM), DscPlusDemo.CLIENT,
                OidcLogin.finish(done));
        assertEquals(Set.of("pwd", "hwk", "mfa"), new HashSet<>(claims.getStringListClaim("amr")));
        Map<String, Object> device = claims.getJSONObjectClaim("sls_device");
        assertTrue(device != null, () -> "no sls_device in " + claims.toJSONObject());
        assertEquals("sls-dsc-plus", device.get("type"), device::toString);
        assertEquals(4L, ((Number) device.get("level")).longValue(), device::toString);
    }
}
