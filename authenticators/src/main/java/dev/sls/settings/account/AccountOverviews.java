package dev.sls.settings.account;

import dev.sls.binding.RemoveDeviceActionFactory;
import dev.sls.binding.history.DeviceHistory;
import dev.sls.binding.history.PastDevice;
import dev.sls.core.credential.SlsCredentialProvider;
import dev.sls.core.device.DeviceType;
import dev.sls.level.DeviceLevels;
import dev.sls.settings.ActionLink;
import dev.sls.settings.DeviceRow;
import dev.sls.settings.DeviceStateRule;
import dev.sls.settings.SettingsActionFactory;
import dev.sls.settings.SettingsDevices;
import dev.sls.settings.SettingsPage;
import dev.sls.settings.account.dto.AccountOverview;
import dev.sls.settings.account.dto.OverviewDevice;
import dev.sls.settings.account.dto.OverviewHistoryLine;
import dev.sls.settings.account.dto.SetupOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** Builds the {@link AccountOverview} of one person from what the settings page and the device history know. */
final class AccountOverviews {

    private AccountOverviews() {
    }

    static AccountOverview of(KeycloakSession session, RealmModel realm, UserModel user) {
        List<DeviceRow> rows = SettingsDevices.of(session, realm, user);
        List<OverviewDevice> devices = rows.stream().map(AccountOverviews::device).toList();
        Set<String> held = rows.stream().filter(row -> row.credentialId() != null).map(DeviceRow::type)
                .collect(Collectors.toSet());
        Map<String, Object> sections = new LinkedHashMap<>();
        SettingsPage.sectionsById(session, realm, user).forEach((id, view) -> sections.put(id, view.model()));
        List<OverviewHistoryLine> history = DeviceHistory.read(session, realm, user).stream()
                .map(AccountOverviews::line).toList();
        return new AccountOverview(devices, setup(session, realm, held),
                offered(session, SettingsActionFactory.PROVIDER_ID), offered(session, RemoveDeviceActionFactory.PROVIDER_ID), history,
                sections);
    }

    private static List<SetupOption> setup(KeycloakSession session, RealmModel realm, Set<String> held) {
        DeviceLevels levels = DeviceLevels.of(session, realm, realm.getBrowserFlow());
        return AuthenticatorUtil.getCredentialProviders(session).filter(SlsCredentialProvider.class::isInstance)
                .map(provider -> ((SlsCredentialProvider<?>) provider).device())
                .filter(device -> device.setupAction() != null && ActionLink.offered(session, device.setupAction())
                        && session.getAllProviders(DeviceStateRule.class).stream()
                                .noneMatch(rule -> rule.setUpInItsBox(device.credentialType())))
                .map(device -> option(session, levels, device, held.contains(device.credentialType())))
                .sorted(Comparator.comparing((SetupOption option) -> option.level() == null ? Integer.MIN_VALUE
                        : option.level()).reversed())
                .toList();
    }

    private static SetupOption option(KeycloakSession session, DeviceLevels levels, DeviceType device, boolean held) {
        return new SetupOption(device.credentialType(), device.displayNameKey(), device.setupAction(),
                levels.levelOf(session, device.credentialType()).orElse(null), held);
    }

    private static OverviewDevice device(DeviceRow row) {
        return new OverviewDevice(row.credentialId(), row.type(), row.nameKey(), row.detail(), row.level(),
                row.state(), iso(row.created()), iso(row.lastUsed()));
    }

    private static OverviewHistoryLine line(PastDevice past) {
        var entry = past.entry();
        return new OverviewHistoryLine(past.at().toString(), entry.event().wire(), entry.deviceType(),
                entry.deviceType() + "-display-name", entry.label() == null ? "" : entry.label(), entry.proof());
    }

    private static String offered(KeycloakSession session, String action) {
        return ActionLink.offered(session, action) ? action : null;
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}
