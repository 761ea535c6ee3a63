package dev.sls.mobile.verify;

import dev.sls.binding.Bindings;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import dev.sls.level.EnrolledDevice;
import dev.sls.mobile.NumberDevices;
import dev.sls.mobile.device.NumberDevice;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;

/**
 * Enrolment in the device a verified number provides: automatic for a person who has no Secure Login device (the
 * seeds), or on request for one who has other devices.
 */
final class Enrolment {

    private final RequiredActionContext context;
    private final Optional<NumberDevice> device;

    Enrolment(RequiredActionContext context) {
        this.context = context;
        this.device = new NumberDevices(context.getSession()).numberDevice();
    }

    /** Offered on the numbers page: a verified default number and not yet enrolled. */
    boolean canChoose() {
        return device.isPresent() && !device.get().isEnrolled(context.getUser())
                && VerifyNumberAction.numbers(context).verifiedDefault(context.getUser()).isPresent();
    }

    void choose() {
        if (canChoose()) {
            enrol(true);
        }
    }

    /**
     * After a code sent to the number was typed: enrols a person who has no Secure Login device, and records the
     * device as proved by this login ({@code methods}: how the code reached the person, RFC 8176).
     */
    void automatic(List<String> methods) {
        if (device.isPresent() && !new NumberDevices(context.getSession())
                .hasSecureLoginDevice(context.getRealm(), context.getUser()) && enrol(false)) {
            String type = ((CredentialProvider<?>) device.get()).getType();
            String id = context.getUser().credentialManager().getStoredCredentialsByTypeStream(type)
                    .map(CredentialModel::getId).findFirst().orElse(null);
            EnrolledDevice.record(context, type, id, methods);
        }
    }

    private boolean enrol(boolean chosen) {
        if (!device.get().enrol(context.getRealm(), context.getUser(), chosen)) {
            return false;
        }
        String type = ((CredentialProvider<?>) device.get()).getType();
        Bindings.bound(context.getSession(), context.getRealm(), context.getUser(), type + "-display-name",
                HistoryEntry.of(HistoryEvent.ACTIVATED, type, null, null, "verified-number"));
        context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL)
                .detail(Details.CREDENTIAL_TYPE, ((CredentialProvider<?>) device.get()).getType()).success();
        return true;
    }
}
