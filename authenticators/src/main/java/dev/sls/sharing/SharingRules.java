package dev.sls.sharing;

import dev.sls.core.device.TemporaryDeviceMark;
import java.util.List;
import java.util.Optional;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The seeds' prerequisites, all required: the same identification data, no temporary device assigned to either
 * user, and the device shared the most secure of all the candidates (the requester's own included). Checked once the
 * requester has proved the owner's device, so the owner's password alone tells nothing about them.
 */
final class SharingRules {

    /** Why a share is refused, with the message the person reads. */
    enum Refusal {
        DIFFERENT_IDENTIFICATION("slsShareDifferentIdentification"),
        TEMPORARY_DEVICE("slsShareTemporaryDevice"),
        LESS_SECURE("slsShareLessSecureDevice"),
        ADD_IN_APP("slsShareAddInApp"),
        NO_DEVICE("slsShareNoDevice");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }

        /** The event's reason: lower case with dashes. */
        String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private SharingRules() {
    }

    /** The owner's device to share, or why there is none to share through the procedure. */
    static Candidate deviceToShare(KeycloakSession session, RealmModel realm, UserModel owner) {
        Optional<SharableDevices.Held> best = SharableDevices.mostSecure(SharableDevices.held(session, realm, owner));
        if (best.isEmpty()) {
            return new Candidate(null, Refusal.NO_DEVICE);
        }
        if (best.get().kind().addsUsersInApp()) {
            return new Candidate(null, Refusal.ADD_IN_APP);
        }
        return new Candidate(best.get(), null);
    }

    /** The first prerequisite {@code requester} and {@code owner} miss for sharing {@code shared}, if any. */
    static Optional<Refusal> check(KeycloakSession session, RealmModel realm, UserModel requester, UserModel owner,
                                   SharableDevices.Held shared) {
        if (!IdentificationData.of(requester).sameIndividualAs(IdentificationData.of(owner))) {
            return Optional.of(Refusal.DIFFERENT_IDENTIFICATION);
        }
        if (TemporaryDeviceMark.isAssigned(requester) || TemporaryDeviceMark.isAssigned(owner)) {
            return Optional.of(Refusal.TEMPORARY_DEVICE);
        }
        List<SharableDevices.Held> own = SharableDevices.held(session, realm, requester);
        if (own.stream().anyMatch(device -> device.level() > shared.level())) {
            return Optional.of(Refusal.LESS_SECURE);
        }
        return Optional.empty();
    }

    /** The device to share, or the refusal when there is none. */
    record Candidate(SharableDevices.Held device, Refusal refusal) {
    }
}
