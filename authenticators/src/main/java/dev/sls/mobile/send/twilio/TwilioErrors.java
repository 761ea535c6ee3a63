package dev.sls.mobile.send.twilio;

import dev.sls.core.gateway.GatewayHttp;
import dev.sls.core.gateway.SettingException;
import dev.sls.mobile.send.SendOutcome;
import dev.sls.mobile.send.SendResult;
import dev.sls.shaded.twilio.sdk.exception.ApiConnectionException;
import dev.sls.shaded.twilio.sdk.exception.ApiException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

/**
 * Twilio's error codes (https://www.twilio.com/docs/api/errors) in the person's terms. Only the numeric code and
 * HTTP status are kept as the reason: Twilio's message text may quote the number.
 */
final class TwilioErrors {

    private static final Map<Integer, SendOutcome> BY_CODE = Map.ofEntries(
            Map.entry(21211, SendOutcome.INVALID_NUMBER),      // invalid 'To' phone number
            Map.entry(21217, SendOutcome.INVALID_NUMBER),      // phone number does not appear to be valid
            Map.entry(21614, SendOutcome.INVALID_NUMBER),      // 'To' is not a valid mobile number
            Map.entry(13224, SendOutcome.INVALID_NUMBER),      // voice: invalid phone number
            Map.entry(21610, SendOutcome.UNREACHABLE_NUMBER),  // recipient unsubscribed (replied STOP)
            Map.entry(21612, SendOutcome.UNREACHABLE_NUMBER),  // 'To' not reachable via SMS from this number
            Map.entry(30003, SendOutcome.UNREACHABLE_NUMBER),  // unreachable destination handset
            Map.entry(30005, SendOutcome.UNREACHABLE_NUMBER),  // unknown destination handset
            Map.entry(30006, SendOutcome.UNREACHABLE_NUMBER),  // landline or unreachable carrier
            Map.entry(30007, SendOutcome.UNREACHABLE_NUMBER),  // carrier filtering
            Map.entry(21408, SendOutcome.COUNTRY_NOT_ALLOWED), // SMS to this region not enabled (geo permissions)
            Map.entry(21215, SendOutcome.COUNTRY_NOT_ALLOWED), // calls to this number not enabled (geo permissions)
            Map.entry(13227, SendOutcome.COUNTRY_NOT_ALLOWED), // voice geo permissions
            Map.entry(20429, SendOutcome.PROVIDER_BUSY),       // too many requests
            Map.entry(14107, SendOutcome.PROVIDER_BUSY),       // SMS send rate limit exceeded
            Map.entry(20003, SendOutcome.NOT_CONFIGURED),      // authentication failed
            Map.entry(20404, SendOutcome.NOT_CONFIGURED),      // account or resource not found
            Map.entry(21212, SendOutcome.NOT_CONFIGURED),      // invalid 'From' number
            Map.entry(21606, SendOutcome.NOT_CONFIGURED),      // 'From' is not a valid SMS-capable number
            Map.entry(21659, SendOutcome.NOT_CONFIGURED));     // 'From' is not a Twilio number

    private static final Set<Integer> AUTH_STATUSES = Set.of(401, 403);

    private TwilioErrors() {
    }

    static SendResult of(Throwable thrown) {
        Throwable error = GatewayHttp.unwrap(thrown);
        String id = TwilioMessageSenderFactory.ID;
        if (error instanceof ApiConnectionException connection) {
            return SendResult.failed(id, SendOutcome.PROVIDER_DOWN, connection.getMessage());
        }
        if (error instanceof ApiException api) {
            Integer code = api.getCode();
            Integer status = api.getStatusCode();
            String reason = "twilio " + (code == null ? "-" : code) + " (HTTP " + (status == null ? "-" : status) + ")";
            SendOutcome outcome = code == null ? null : BY_CODE.get(code);
            if (outcome == null) {
                outcome = status == null || status >= 500 ? SendOutcome.PROVIDER_DOWN
                        : status == 429 ? SendOutcome.PROVIDER_BUSY
                        : AUTH_STATUSES.contains(status) ? SendOutcome.NOT_CONFIGURED : SendOutcome.PROVIDER_DOWN;
            }
            return SendResult.failed(id, outcome, reason);
        }
        if (error instanceof RejectedExecutionException) {
            // every worker busy and the queue full: the person is asked to try again in a moment
            return SendResult.failed(id, SendOutcome.PROVIDER_BUSY, "all Twilio workers busy");
        }
        if (error instanceof SettingException setting) {
            return SendResult.failed(id, SendOutcome.NOT_CONFIGURED, setting.getMessage());
        }
        return SendResult.failed(id, SendOutcome.PROVIDER_DOWN, error.getClass().getSimpleName());
    }
}
