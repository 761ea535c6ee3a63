package dev.sls.sharing;

import dev.sls.settings.ActionLink;
import dev.sls.settings.SettingsSection;
import java.util.Optional;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The sharing box of the Secure Login settings page: "Share Device" for a person without a share (or whose last
 * request was rejected), else the state of their share (pending, approved) with "Cancel sharing" — an action of the
 * settings page itself, confirmed on the page, in the fresh login the page already needs
 * ({@code kc_action=sls-share-device:cancel} stays for applications that link it). Left out when the realm offers
 * no sharing and the person has no share.
 */
final class SharingSection implements SettingsSection {

    /**
     * What {@value #TEMPLATE} reads as {@code section}.
     *
     * @param state       {@code none}, {@code pending}, {@code approved} or {@code rejected}
     * @param deviceName  message key of the shared device's name, null without a share
     * @param usable      for an approved share: whether the owner's device still works
     * @param shareUrl    the link to Share Device ({@code kc_action} {@value ShareDeviceActionFactory#PROVIDER_ID}),
     *                    null while a share is pending or approved, or when this login cannot carry one
     * @param cancel      what the "Cancel sharing" button posts to the settings page, null without a share
     */
    public record View(String state, String deviceName, boolean usable, String shareUrl,
                       String cancel) {
    }

    static final String TEMPLATE = "sls-sharing-section.ftl";
    static final String CANCEL = "cancel";

    @Override
    public Optional<SectionView> view(KeycloakSession session, RealmModel realm, UserModel user) {
        Optional<Share> share = Shares.of(user);
        boolean offered = ActionLink.offered(session, ShareDeviceActionFactory.PROVIDER_ID);
        if (share.isEmpty() && !offered) {
            return Optional.empty();
        }
        String shareUrl = share.isPresent() && share.get().state() != Share.State.REJECTED ? null
                : ActionLink.to(session, session.getContext().getAuthenticationSession(),
                        ShareDeviceActionFactory.PROVIDER_ID).orElse(null);
        View view = share.map(s -> new View(s.state().wireName(), s.deviceType() + "-display-name",
                        s.state() == Share.State.APPROVED && SharedDevices.of(session, realm, user).isPresent(),
                        shareUrl, SharingSectionFactory.PROVIDER_ID + ":" + CANCEL))
                .orElse(new View("none", null, false, shareUrl, null));
        return Optional.of(new SectionView(TEMPLATE, view));
    }

    @Override
    public Optional<Acted> act(KeycloakSession session, RealmModel realm, UserModel user, EventBuilder event,
                               String verb, boolean confirmed) {
        if (!CANCEL.equals(verb)) {
            return Optional.empty();
        }
        Optional<Share> share = Shares.of(user);
        if (share.isEmpty()) {
            return Optional.of(Acted.refused("slsShareNone"));
        }
        if (!confirmed) {
            return Optional.of(Acted.confirm("slsShareCancelNote"));
        }
        ShareEnding.end(session, realm, event, user);
        return Optional.of(Acted.done("slsShareStatus-cancelled", share.get().deviceType() + "-display-name"));
    }
}
