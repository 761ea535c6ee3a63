package dev.sls.sms.login;

import dev.sls.chooser.DeviceStatus;
import dev.sls.core.login.LocalFormats;
import dev.sls.mobile.MobileNumbers;
import dev.sls.mobile.send.Channel;
import dev.sls.mobile.send.SendLimits;
import dev.sls.mobile.store.MobileNumber;
import java.time.Duration;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;

/** How SMS codes stand for the device chooser: the masked default number, and whether a code can reach it now. */
final class SmsChoice {

    static final String NO_NUMBER = "slsChooserSmsNoNumber";
    static final String USED_UP = "slsChooserSmsUsedUpIn";

    private SmsChoice() {
    }

    static String describe(MobileNumbers numbers, AuthenticationFlowContext context) {
        return numbers.verifiedDefault(context.getUser()).map(MobileNumber::masked).orElse("");
    }

    static DeviceStatus status(AuthenticationFlowContext context) {
        MobileNumbers numbers = new MobileNumbers(context.getSession(), context.getRealm());
        Optional<MobileNumber> number = numbers.verifiedDefault(context.getUser());
        if (number.isEmpty()) {
            return DeviceStatus.unusable(NO_NUMBER);
        }
        boolean codeWaiting = SmsAuthenticator.NOTES.current(context.getAuthenticationSession())
                .filter(code -> code.e164().equals(number.get().e164()) && !code.expired(Time.currentTime()))
                .isPresent();
        if (codeWaiting) {
            return DeviceStatus.USABLE;
        }
        Optional<Duration> usedUp = new SendLimits(context.getSession()).usedUp(numbers.settings().limits(),
                Channel.SMS, context.getUser().getId(), number.get().e164());
        return usedUp.map(wait -> DeviceStatus.unusable(USED_UP, LocalFormats.of(context).waitFor(wait)))
                .orElse(DeviceStatus.USABLE);
    }
}
