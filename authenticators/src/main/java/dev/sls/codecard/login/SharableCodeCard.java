package dev.sls.codecard.login;

import dev.sls.codecard.credential.CodeCardAnswer;
import dev.sls.codecard.credential.CodeCardCredentialModel;
import dev.sls.codecard.credential.CodeCardCredentialProvider;
import dev.sls.codecard.protocol.IndexChallenge;
import dev.sls.sharing.SharableDevice;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** The Security Code Card in device sharing: index numbers, as many as a login asks by default. */
final class SharableCodeCard implements SharableDevice {

    @Override
    public String credentialType() {
        return CodeCardCredentialModel.TYPE;
    }

    @Override
    public Optional<CredentialModel> usable(KeycloakSession session, RealmModel realm, UserModel holder) {
        return provider(session).active(holder).map(CredentialModel.class::cast);
    }

    @Override
    public Challenge challenge(KeycloakSession session, RealmModel realm, CredentialModel device) {
        CodeCardCredentialModel card = provider(session).getCredentialFromModel(device);
        IndexChallenge challenge = CodeCardForm.draw(card.spec(), CodeCardLoginConfig.DEFAULT.positions());
        return new Challenge(challenge.format(), "slsCodeCardIndexNumbers",
                challenge.indexes().stream().map(String::valueOf).toList(),
                challenge.indexes().stream().map(index -> new Field(CodeCardForm.fieldName(index),
                        "slsCodeCardIndexLabel", String.valueOf(index))).toList());
    }

    @Override
    public boolean verify(KeycloakSession session, RealmModel realm, UserModel holder, CredentialModel device,
                          String stored, MultivaluedMap<String, String> form) {
        Optional<CodeCardCredentialModel> card = provider(session).active(holder)
                .filter(active -> active.getId().equals(device.getId()));
        if (card.isEmpty() || stored == null) {
            return false;
        }
        Optional<IndexChallenge> asked = CodeCardForm.asked(stored, card.get().spec());
        return asked.isPresent() && holder.credentialManager().isValid(
                new CodeCardAnswer(device.getId(), asked.get(), CodeCardForm.readCodes(form, asked.get())));
    }

    private static CodeCardCredentialProvider provider(KeycloakSession session) {
        return (CodeCardCredentialProvider) session.getProvider(CredentialProvider.class, CodeCardCredentialModel.TYPE);
    }
}
