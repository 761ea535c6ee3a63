package dev.sls.dscplus.login;

import dev.sls.core.credential.ChallengeResponseInput;
import dev.sls.core.ocra.OcraChallenges;
import dev.sls.dscplus.credential.DscPlusCredentialModel;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;
import dev.sls.dscplus.protocol.DscPlusSuites;
import dev.sls.recovery.RecoveryChallenge;
import dev.sls.recovery.RecoveryDevice;
import java.security.SecureRandom;
import java.util.Optional;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The DSC+ card proving a phone recovery: a 6-digit challenge code, the card's response typed back. Only a card that
 * is active in the inventory (not blocked or returned) on a server holding its seed key takes part.
 */
final class DscPlusRecovery implements RecoveryDevice {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String credentialType() {
        return DscPlusCredentialModel.TYPE;
    }

    @Override
    public Optional<RecoveryChallenge> challenge(KeycloakSession session, RealmModel realm, UserModel user) {
        DscPlusCredentialProvider provider = provider(session);
        if (provider.seal().isEmpty()) {
            return Optional.empty();
        }
        return provider.active(user).filter(card -> provider.activeCard(realm, card).isPresent()).map(card -> {
            String challenge = OcraChallenges.numeric(DscPlusSuites.CHALLENGE_DIGITS, RANDOM);
            return new RecoveryChallenge(challenge, card.getId() + "|" + challenge);
        });
    }

    @Override
    public boolean verify(KeycloakSession session, RealmModel realm, UserModel user, RecoveryChallenge challenge,
                          String typed) {
        int bar = challenge.state().indexOf('|');
        if (bar <= 0) {
            return false;
        }
        String cardId = challenge.state().substring(0, bar);
        String code = challenge.state().substring(bar + 1);
        DscPlusCredentialProvider provider = provider(session);
        boolean usable = provider.seal().isPresent() && DscPlusAuthenticator.wellFormed(code)
                && provider.active(user).filter(card -> card.getId().equals(cardId))
                .flatMap(card -> provider.activeCard(realm, card)).isPresent();
        return usable && typed.length() <= 32 && user.credentialManager()
                .isValid(new ChallengeResponseInput(DscPlusCredentialModel.TYPE, cardId, code, typed));
    }

    private static DscPlusCredentialProvider provider(KeycloakSession session) {
        return (DscPlusCredentialProvider) session.getProvider(CredentialProvider.class, DscPlusCredentialModel.TYPE);
    }
}
