package dev.sls.sharing;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.UserModel;

/**
 * The events of device sharing: Keycloak's {@code CUSTOM_REQUIRED_ACTION} events of the requester naming the owner
 * (ids only, nothing secret), and the details the shared-device login adds.
 */
public final class SharingEvents {

    /** The share's opaque id. */
    public static final String SHARE = "sls_share";
    /** The device owner's user id (the event's user is the requester). */
    public static final String OWNER = "sls_share_owner";
    /** The share's state after the event: pending, approved, rejected, cancelled. */
    public static final String STATE = "sls_share_state";
    /** Why a request was refused (a prerequisite, wrong owner credentials, a wrong response). */
    public static final String REFUSAL = "sls_share_refusal";
    /** The error of a refused request that is not a wrong credential. */
    public static final String REFUSED = "sls_share_refused";

    private SharingEvents() {
    }

    static void refused(RequiredActionContext context, UserModel owner, String why, String error) {
        EventBuilder event = context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                .user(context.getUser())
                .detail(Constants.KC_ACTION, ShareDeviceActionFactory.PROVIDER_ID)
                .detail(REFUSAL, why);
        if (owner != null && !owner.getId().equals(context.getUser().getId())) {
            event.detail(OWNER, owner.getId());
        }
        event.error(error);
    }

    /** A share requested, approved, rejected or ended; {@code state} overrides the share's own (e.g. cancelled). */
    public static void changed(EventBuilder event, UserModel requester, Share share, String state) {
        event.event(EventType.CUSTOM_REQUIRED_ACTION).user(requester)
                .detail(Constants.KC_ACTION, ShareDeviceActionFactory.PROVIDER_ID)
                .detail(SHARE, share.id()).detail(OWNER, share.ownerId())
                .detail(Details.CREDENTIAL_TYPE, share.deviceType())
                .detail(STATE, state == null ? share.state().wireName() : state).success();
    }
}
