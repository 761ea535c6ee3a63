package dev.sls.temporary.credential;

import dev.sls.core.credential.SlsCredentialProvider;
import dev.sls.core.device.DeviceType;
import dev.sls.core.device.TemporaryDeviceMark;
import dev.sls.temporary.protocol.OnlineCodeCard;
import dev.sls.temporary.protocol.TemporarySecretHasher;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialInput;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Stores temporary access (one per person, a new one replaces the old) and checks it while it has not expired. */
public final class TemporaryAccessCredentialProvider extends SlsCredentialProvider<TemporaryAccessCredentialModel> {

    /** The lowest security level; issued by the helpdesk only, so there is no set-up action. */
    public static final DeviceType DEVICE = new DeviceType(TemporaryAccessCredentialModel.TYPE, "Temporary access",
            null, 1);

    TemporaryAccessCredentialProvider(KeycloakSession session) {
        super(session, DEVICE, TemporaryAccessCredentialModel::createFromCredentialModel);
    }

    @Override
    protected Optional<Instant> expiry(TemporaryAccessCredentialModel credential) {
        long expiresAt = TemporaryDeviceMark.expiresAt(credential);
        return expiresAt > 0 ? Optional.of(Instant.ofEpochSecond(expiresAt)) : Optional.empty();
    }

    /** The user's temporary access if it still works now. */
    public Optional<TemporaryAccessCredentialModel> usable(UserModel user) {
        return active(user).filter(access -> !access.expiredAt(Time.currentTime()));
    }

    @Override
    public boolean isValid(RealmModel realm, UserModel user, CredentialInput input) {
        if (!(input instanceof TemporaryAccessAnswer answer) || input.getCredentialId() == null) {
            return false;
        }
        Optional<TemporaryAccessCredentialModel> access = usable(user).filter(a -> a.getId().equals(input.getCredentialId()));
        if (access.isEmpty()) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(access.get().secret().getSalt());
        List<String> hashes = access.get().secret().getHashes();
        if (access.get().kind() == TemporaryAccessKind.CODE) {
            String code = answer.code() == null ? "" : answer.code();
            return TemporarySecretHasher.matches(salt, 0, code.isEmpty() ? "-" : code, Base64.getDecoder().decode(hashes.get(0)))
                    && !code.isEmpty();
        }
        List<Integer> positions = answer.positions();
        if (positions.isEmpty() || positions.stream().anyMatch(p -> p < 1 || p > hashes.size())) {
            return false;
        }
        boolean all = true;
        for (int index : positions) {
            String typed = answer.cell(index);
            boolean wellFormed = typed.length() == OnlineCodeCard.DIGITS && typed.chars().allMatch(Character::isDigit);
            // Every asked cell is checked, right or wrong, so the time taken does not tell which one failed.
            all &= TemporarySecretHasher.matches(salt, index, wellFormed ? typed : "-",
                    Base64.getDecoder().decode(hashes.get(index - 1))) && wellFormed;
        }
        return all;
    }
}
