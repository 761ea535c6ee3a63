package dev.sls.settings;

import dev.sls.binding.BindingHistory;
import dev.sls.core.credential.LastUse;
import dev.sls.core.credential.SlsCredentialProvider;
import java.time.Instant;
import dev.sls.level.DeviceLevels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * The person's devices for the settings page: every stored second factor (the pack's, Keycloak's OTP and passkeys),
 * its state and, for a device standing for another (a shared one), its name and level as the {@link DeviceStateRule}s
 * say (else active, as stored); the devices the rules say are on their way (a share awaiting approval), and each SLS
 * device type whose set-up is pending (an IB Key activation, a DSC+ card assigned by Client Services) — strongest
 * first.
 */
public final class SettingsDevices {

    private SettingsDevices() {
    }

    public static List<DeviceRow> of(KeycloakSession session, RealmModel realm, UserModel user) {
        DeviceLevels levels = DeviceLevels.of(session, realm, realm.getBrowserFlow());
        List<CredentialProvider<?>> providers = AuthenticatorUtil.getCredentialProviders(session)
                .<CredentialProvider<?>>map(provider -> provider).toList();
        List<DeviceStateRule> rules = session.getAllProviders(DeviceStateRule.class).stream().toList();
        List<DeviceRow> rows = new ArrayList<>();
        user.credentialManager().getStoredCredentialsStream()
                .filter(credential -> !PasswordCredentialModel.TYPE.equals(credential.getType()))
                .forEach(credential -> provider(providers, credential.getType()).ifPresent(provider -> {
                    String state = state(session, realm, user, credential, rules);
                    rows.add(shown(session, realm, user, credential, rules)
                            .map(shown -> row(session, levels, shown, state, credential))
                            .orElseGet(() -> new DeviceRow(credential.getType(), nameKey(session, user, provider),
                                    credential.getUserLabel(),
                                    levels.levelOf(session, credential.getType()).orElse(null), state,
                                    credential.getId(), created(credential), LastUse.of(credential).orElse(null))));
                }));
        rules.stream().flatMap(rule -> rule.pending(session, realm, user).stream())
                .forEach(shown -> rows.add(row(session, levels, shown, DeviceRow.PENDING, null)));
        Set<String> held = rows.stream().map(DeviceRow::type).collect(Collectors.toSet());
        Set<String> pendingActions = user.getRequiredActionsStream().collect(Collectors.toSet());
        providers.stream().filter(SlsCredentialProvider.class::isInstance)
                .map(provider -> ((SlsCredentialProvider<?>) provider).device())
                .filter(device -> !held.contains(device.credentialType()) && device.setupAction() != null
                        && pendingActions.contains(device.setupAction()))
                .forEach(device -> rows.add(new DeviceRow(device.credentialType(), device.displayNameKey(), "",
                        levels.levelOf(session, device.credentialType()).orElse(null), DeviceRow.PENDING, null, null,
                        null)));
        rows.sort(Comparator.comparing((DeviceRow row) -> row.level() == null ? Integer.MIN_VALUE : row.level())
                .reversed());
        return List.copyOf(rows);
    }

    /** Whether the person holds an active device of their own (temporary access aside). */
    public static boolean hasActiveDevice(KeycloakSession session, RealmModel realm, UserModel user) {
        return of(session, realm, user).stream().anyMatch(row -> DeviceRow.ACTIVE.equals(row.state())
                && BindingHistory.isSecondFactor(row.type()));
    }

    private static Optional<CredentialProvider<?>> provider(List<CredentialProvider<?>> providers, String type) {
        return providers.stream().filter(provider -> type.equals(provider.getType())).findFirst();
    }

    private static String nameKey(KeycloakSession session, UserModel user, CredentialProvider<?> provider) {
        return provider.getCredentialTypeMetadata(CredentialTypeMetadataContext.builder().user(user).build(session))
                .getDisplayName();
    }

    private static Optional<DeviceStateRule.Shown> shown(KeycloakSession session, RealmModel realm, UserModel user,
                                                         CredentialModel credential, List<DeviceStateRule> rules) {
        return rules.stream().map(rule -> rule.shown(session, realm, user, credential)).flatMap(Optional::stream)
                .findFirst();
    }

    /** A device a rule shows in its own way; {@code credential} is the stored one behind it, null when pending. */
    private static DeviceRow row(KeycloakSession session, DeviceLevels levels, DeviceStateRule.Shown shown,
                                 String state, CredentialModel credential) {
        return new DeviceRow(shown.type(), shown.nameKey(), shown.detail(),
                levels.levelOf(session, shown.levelType()).orElse(null), state,
                credential == null ? null : credential.getId(), credential == null ? null : created(credential),
                credential == null ? null : LastUse.of(credential).orElse(null));
    }

    private static Instant created(CredentialModel credential) {
        return credential.getCreatedDate() == null ? null : Instant.ofEpochMilli(credential.getCreatedDate());
    }

    private static String state(KeycloakSession session, RealmModel realm, UserModel user, CredentialModel credential,
                                List<DeviceStateRule> rules) {
        return rules.stream().map(rule -> rule.stateOf(session, realm, user, credential)).flatMap(Optional::stream)
                .filter(DeviceRow.STATES::contains).findFirst().orElse(DeviceRow.ACTIVE);
    }
}
