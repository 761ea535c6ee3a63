package dev.sls.sharing;

import dev.sls.settings.ActionLink;
import dev.sls.settings.SettingsSection;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The sharing box of the Secure Login settings page: "Share Device" for a person without a share, else the state of
 * their request (pending, approved, rejected) with "Cancel sharing". Both are application-initiated actions of
 * {@value ShareDeviceActionFactory#PROVIDER_ID}; the page itself links "Share Device".
 */
final class SharingSection implements SettingsSection {

    /**
     * What {@value #TEMPLATE} reads as {@code section}.
     *
     * @param state      {@code none}, {@code pending}, {@code approved} or {@code rejected}
     * @param deviceName message key of the shared device's name, null without a share
     * @param usable     for an approved share: whether the owner's device still works
     * @param cancelUrl  the link that ends the share ({@code kc_action} {@value #CANCEL_ACTION} for the same
     *                   application), null when this login cannot carry one (the page then says where to go)
     */
    public record View(String state, String deviceName, boolean usable, String cancelUrl) {
    }

    static final String TEMPLATE = "sls-sharing-section.ftl";
    static final String CANCEL_ACTION = ShareDeviceActionFactory.PROVIDER_ID + ":" + ShareDeviceAction.CANCEL_PARAMETER;

    @Override
    public Optional<SectionView> view(KeycloakSession session, RealmModel realm, UserModel user) {
        Optional<Share> share = Shares.of(user);
        String cancelUrl = share.flatMap(s -> ActionLink.to(session, session.getContext().getAuthenticationSession(),
                CANCEL_ACTION)).orElse(null);
        View view = share.map(s -> new View(s.state().wireName(), s.deviceType() + "-display-name",
                        s.state() == Share.State.APPROVED && SharedDevices.of(session, realm, user).isPresent(),
                        cancelUrl))
                .orElse(new View("none", null, false, null));
        return Optional.of(new SectionView(TEMPLATE, view));
    }
}
