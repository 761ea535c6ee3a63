package dev.sls.mobile.verify;

import dev.sls.binding.Bindings;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import dev.sls.mobile.NumberDevices;
import dev.sls.mobile.device.NumberDevice;
import java.util.Optional;
import org.keycloak.authentication.RequiredActionContext;
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

    void automatic() {
        if (device.isPresent() && !new NumberDevices(context.getSession())
                .hasSecureLoginDevice(context.getRealm(), context.getUser())) {
            enrol(false);
        }
    }

    private void enrol(boolean chosen) {
        if (device.get().enrol(context.getRealm(), context.getUser(), chosen)) {
            String type = ((CredentialProvider<?>) device.get()).getType();
            Bindings.bound(context.getSession(), context.getRealm(), context.getUser(), type + "-display-name",
                    HistoryEntry.of(HistoryEvent.ACTIVATED, type, null, null, "verified-number"));
            context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL)
                    .detail(Details.CREDENTIAL_TYPE, ((CredentialProvider<?>) device.get()).getType()).success();
        }
    }
}
