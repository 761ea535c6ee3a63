package dev.sls.core.event;

/**
 * The names of the details this pack adds to Keycloak events, each defined once. Keycloak's own names
 * ({@code credential_type}, {@code credential_id}, ...) come from {@link org.keycloak.events.Details}.
 */
public final class EventDetails {

    /** How an IB Key login was answered: {@code push} or {@code challenge-response}. */
    public static final String IB_KEY_MODE = "sls_ib_key_mode";
    /** When the temporary access used for a login stops working (ISO-8601). */
    public static final String TEMPORARY_EXPIRES = "sls_temporary_expires";
    /** The amount of the withdrawal a login confirmed. */
    public static final String WITHDRAWAL = "sls_withdrawal";
    /** Why a device could not confirm a withdrawal. */
    public static final String WITHDRAWAL_REFUSED = "sls_withdrawal_refused";
    /** The device handle a refused device-API request named. */
    public static final String DEVICE_HANDLE = "sls_device_handle";
    /** The name the phone gave itself at activation. */
    public static final String DEVICE_NAME = "sls_device_name";
    /** The phone's platform ({@code android}, {@code ios}) at activation. */
    public static final String DEVICE_PLATFORM = "sls_device_platform";
    /** The serial of the DSC+ card activated. */
    public static final String CARD_SERIAL = "sls_card_serial";
    /** The number a person verified. */
    public static final String PHONE_VERIFIED = "sls_phone_verified";
    /** The step of the in-app IB Key activation an event records. */
    public static final String ACTIVATION_STEP = "sls_step";
    /** Why the person left the login from a refusal page (the code at the head of the error_description). */
    public static final String CANCEL = "sls_cancel";
    /** The browser (User-Agent) of the login a phone reported as not started by the person. */
    public static final String USER_AGENT = "sls_user_agent";
    /** The id of the signed receipt an event refers to. */
    public static final String RECEIPT = "sls_receipt";
    /** Until when pushes to the person are stopped (ISO-8601). */
    public static final String PUSH_STOPPED_UNTIL = "sls_push_stopped_until";
    /** Whether the person must choose a new password and lost their sessions ({@code true}/{@code false}). */
    public static final String PASSWORD_RESET = "sls_password_reset";

    /** {@code true} on a login that skipped the second factor because the person opted out (trading clients). */
    public static final String RESTRICTED = "sls_restricted";
    /** What a person chose on the Secure Login settings: {@code opted_out} or {@code opted_back_in}. */
    public static final String OPT_OUT = "sls_opt_out";

    private EventDetails() {
    }
}
