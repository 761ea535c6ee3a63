package dev.sls.ibkey.recovery;

import dev.sls.core.api.CommonErrorCode;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.mobile.MobileNumbers;
import dev.sls.mobile.code.PendingCode;
import dev.sls.mobile.number.MaskedNumbers;
import dev.sls.mobile.send.Channel;
import dev.sls.mobile.send.CodePurpose;
import dev.sls.mobile.send.SendReport;
import dev.sls.mobile.store.MobileNumber;
import dev.sls.rest.ApiException;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The number recorded on the key at activation, the only one a recovery token goes to, and only while it is still a
 * verified number of the person (a changed number is a new authenticator: NIST SP 800-63B-4 §3.2.9).
 */
final class RecordedNumber {

    private final UserModel user;
    private final IbKeyCredentialModel key;
    private final MobileNumbers numbers;

    RecordedNumber(KeycloakSession session, RealmModel realm, UserModel user, IbKeyCredentialModel key) {
        this.user = user;
        this.key = key;
        this.numbers = new MobileNumbers(session, realm);
    }

    Optional<String> stillVerified() {
        return key.recordedNumber().filter(recorded -> numbers.verified(user).stream().map(MobileNumber::e164)
                .anyMatch(recorded::equals));
    }

    /** Sends a fresh activation token to {@code e164} within the realm's SMS limits. */
    PendingCode send(String e164) {
        PendingCode code = PendingCode.issue(e164, Time.currentTime(), numbers.settings().codeLifetimeSeconds());
        SendReport report = numbers.send(user, code, Channel.SMS, CodePurpose.DEVICE_RECOVERY);
        if (!report.delivered()) {
            throw switch (report.outcome()) {
                case LIMITED -> new ApiException(CommonErrorCode.RATE_LIMITED, report.limitedApiMessage());
                default -> new ApiException(IbKeyErrorCode.SMS_NOT_SENT,
                        "The text message could not be sent now; try again in a few minutes.");
            };
        }
        return code;
    }

    static String masked(String e164) {
        return MaskedNumbers.mask(e164);
    }
}
