package dev.sls.sharing;

import dev.sls.settings.SettingsSection;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The sharing box of the Secure Login settings page: "Share Device" for a person without a share, else the state of
 * their request (pending, approved, rejected) with "Cancel sharing". Both are application-initiated actions of
 * {@value ShareDeviceActionFactory#PROVIDER_ID} ({@link View#shareAction}, {@link View#cancelAction}).
 */
final class SharingSection implements SettingsSection {

    /**
     * What {@value #TEMPLATE} reads as {@code section}.
     *
     * @param state        {@code none}, {@code pending}, {@code approved} or {@code rejected}
     * @param deviceName   message key of the shared device's name, null without a share
     * @param usable       for an approved share: whether the owner's device still works
     * @param shareAction  the {@code kc_action} value that starts a share
     * @param cancelAction the {@code kc_action} value that ends one
     */
    public record View(String state, String deviceName, boolean usable, String shareAction, String cancelAction) {
    }

    static final String TEMPLATE = "sls-sharing-section.ftl";
    static final String CANCEL_ACTION = ShareDeviceActionFactory.PROVIDER_ID + ":" + ShareDeviceAction.CANCEL_PARAMETER;

    @Override
    public Optional<SectionView> view(KeycloakSession session, RealmModel realm, UserModel user) {
        Optional<Share> share = Shares.of(user);
        View view = share.map(s -> new View(s.state().wireName(), s.deviceType() + "-display-name",
                        s.state() == Share.State.APPROVED && SharedDevices.of(session, realm, user).isPresent(),
                        ShareDeviceActionFactory.PROVIDER_ID, CANCEL_ACTION))
                .orElse(new View("none", null, false, ShareDeviceActionFactory.PROVIDER_ID, CANCEL_ACTION));
        return Optional.of(new SectionView(TEMPLATE, view));
    }
}
