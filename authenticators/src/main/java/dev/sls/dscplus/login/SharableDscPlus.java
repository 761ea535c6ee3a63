package dev.sls.dscplus.login;

import dev.sls.core.credential.ChallengeResponseInput;
import dev.sls.core.ocra.OcraChallenges;
import dev.sls.dscplus.credential.DscPlusCredentialModel;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;
import dev.sls.dscplus.protocol.DscPlusSuites;
import dev.sls.sharing.SharableDevice;
import jakarta.ws.rs.core.MultivaluedMap;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The DSC+ card in device sharing: a card that is active (not blocked or returned) shows a 6-digit challenge. */
final class SharableDscPlus implements SharableDevice {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TYPED = 32;

    @Override
    public String credentialType() {
        return DscPlusCredentialModel.TYPE;
    }

    @Override
    public Optional<CredentialModel> usable(KeycloakSession session, RealmModel realm, UserModel holder) {
        DscPlusCredentialProvider provider = provider(session);
        return provider.active(holder).filter(card -> provider.activeCard(realm, card).isPresent())
                .filter(card -> provider.seal().isPresent()).map(CredentialModel.class::cast);
    }

    @Override
    public Challenge challenge(KeycloakSession session, RealmModel realm, CredentialModel device) {
        String challenge = OcraChallenges.numeric(DscPlusSuites.CHALLENGE_DIGITS, RANDOM);
        int digits = provider(session).getCredentialFromModel(device).suite().digits();
        return new Challenge(challenge, "slsShareChallengeCode", List.of(challenge),
                List.of(new Field(DscPlusForm.RESPONSE_FIELD, "slsDscPlusResponseLabel", String.valueOf(digits))));
    }

    @Override
    public boolean verify(KeycloakSession session, RealmModel realm, UserModel holder, CredentialModel device,
                          String stored, MultivaluedMap<String, String> form) {
        if (stored == null || !DscPlusAuthenticator.wellFormed(stored) || usable(session, realm, holder)
                .filter(card -> card.getId().equals(device.getId())).isEmpty()) {
            return false;
        }
        String typed = form.getFirst(DscPlusForm.RESPONSE_FIELD);
        return typed != null && typed.length() <= MAX_TYPED && holder.credentialManager()
                .isValid(new ChallengeResponseInput(DscPlusCredentialModel.TYPE, device.getId(), stored, typed));
    }

    private static DscPlusCredentialProvider provider(KeycloakSession session) {
        return (DscPlusCredentialProvider) session.getProvider(CredentialProvider.class, DscPlusCredentialModel.TYPE);
    }
}
