package dev.sls.codecard.login;

import dev.sls.codecard.credential.CodeCardAnswer;
import dev.sls.codecard.credential.CodeCardCredentialModel;
import dev.sls.codecard.credential.CodeCardCredentialProvider;
import dev.sls.codecard.protocol.IndexChallenge;
import dev.sls.recovery.RecoveryChallenge;
import dev.sls.recovery.RecoveryDevice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The Security Code Card proving a phone recovery: index numbers drawn as at a login (the default number of
 * positions), and the codes at those positions typed one after the other in the order shown.
 */
final class CodeCardRecovery implements RecoveryDevice {

    @Override
    public String credentialType() {
        return CodeCardCredentialModel.TYPE;
    }

    @Override
    public Optional<RecoveryChallenge> challenge(KeycloakSession session, RealmModel realm, UserModel user) {
        return provider(session).active(user).map(card -> {
            IndexChallenge asked = CodeCardForm.draw(card.spec(), CodeCardLoginConfig.DEFAULT.positions());
            String shown = asked.indexes().stream().map(String::valueOf).collect(Collectors.joining(" "));
            return new RecoveryChallenge(shown, card.getId() + "|" + asked.format());
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
        Optional<CodeCardCredentialModel> card = provider(session).active(user).filter(c -> c.getId().equals(cardId));
        Optional<IndexChallenge> asked = card.flatMap(c -> CodeCardForm.asked(challenge.state().substring(bar + 1),
                c.spec()));
        if (asked.isEmpty()) {
            return false;
        }
        int length = card.get().spec().codeLength();
        List<Integer> indexes = asked.get().indexes();
        if (typed.length() != length * indexes.size()) {
            return false;
        }
        Map<Integer, String> codes = new HashMap<>();
        for (int i = 0; i < indexes.size(); i++) {
            codes.put(indexes.get(i), typed.substring(i * length, (i + 1) * length));
        }
        return user.credentialManager().isValid(new CodeCardAnswer(cardId, asked.get(), codes));
    }

    private static CodeCardCredentialProvider provider(KeycloakSession session) {
        return (CodeCardCredentialProvider) session.getProvider(CredentialProvider.class, CodeCardCredentialModel.TYPE);
    }
}
