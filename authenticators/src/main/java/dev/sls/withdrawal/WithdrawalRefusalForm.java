package dev.sls.withdrawal;

import dev.sls.core.login.LocalFormats;
import dev.sls.withdrawal.WithdrawalDecision.Reason;
import java.util.Optional;

/**
 * What the page {@value #TEMPLATE} shows ({@code slsWithdrawal} in FreeMarker) when the device of this step may not
 * confirm the withdrawal: the amount and payee, why (a message key with the device's name and the limit), and which
 * device to use instead. Device names are the consoles' message keys {@code <credential type>-display-name}. Null
 * properties are left out of the page.
 */
public final class WithdrawalRefusalForm {

    public static final String ATTRIBUTE = "slsWithdrawal";
    public static final String TEMPLATE = "sls-withdrawal-refused.ftl";
    /** Form field of the page's one button; its value {@value #CANCEL} ends the login back at the application. */
    public static final String FIELD = "sls-withdrawal";
    public static final String CANCEL = "cancel";

    private final String amount;
    private final String currency;
    private final String payee;
    private final String reasonKey;
    private final String deviceKey;
    private final String limit;
    private final String neededKey;
    private final String neededDeviceKey;
    private final String neededType;
    private final Reason reason;

    /**
     * {@code request} is null when the application's request could not be read; amounts are written as the page's
     * language writes them ({@code formats}).
     */
    WithdrawalRefusalForm(WithdrawalRequest request, String credentialType, WithdrawalDecision decision,
                          LocalFormats formats) {
        amount = request == null ? null : formats.amount(request.amount().amount(), request.amount().currency());
        currency = request == null ? null : request.amount().code();
        payee = request == null ? null : request.payee().orElse(null);
        limit = decision.limit().map(money -> formats.amount(money.amount(), money.currency())).orElse(null);
        reasonKey = switch (decision.reason()) {
            case DEVICE_NOT_PERMITTED -> "slsWithdrawalNotPermitted";
            case DAY_LIMIT -> "slsWithdrawalDayLimit";
            case FIVE_DAY_LIMIT -> "slsWithdrawalFiveDayLimit";
            case CURRENCY_NOT_ACCEPTED -> "slsWithdrawalCurrencyRefused";
            case SETTINGS_INVALID, BUSY, ALLOWED -> "slsWithdrawalUnavailable";
        };
        deviceKey = WithdrawalConfirmedCheck.UNKNOWN_DEVICE.equals(credentialType) ? "slsWithdrawalUnnamedDevice"
                : credentialType + "-display-name";
        boolean limited = decision.reason() == Reason.DAY_LIMIT || decision.reason() == Reason.FIVE_DAY_LIMIT
                || decision.reason() == Reason.DEVICE_NOT_PERMITTED;
        if (!limited) {
            neededKey = null;
        } else if (decision.needed().isEmpty()) {
            neededKey = "slsWithdrawalNoDevice";
        } else {
            neededKey = (decision.neededHeld() ? "slsWithdrawalUseYour" : "slsWithdrawalNeedOne")
                    + (limit == null ? "" : "Above");
        }
        neededType = decision.needed().orElse(null);
        neededDeviceKey = neededType == null ? null : neededType + "-display-name";
        reason = decision.reason();
    }

    /**
     * The code that starts the {@code error_description} when the person leaves this refusal (a relying party tells
     * a limit from a device that confirms no withdrawals from anything else).
     */
    public String cancelCode() {
        return switch (reason) {
            case DAY_LIMIT, FIVE_DAY_LIMIT -> "withdrawal_limit";
            case DEVICE_NOT_PERMITTED -> "withdrawal_device_needed";
            default -> "withdrawal_refused";
        };
    }

    /** The words after the code. */
    public String cancelWords() {
        return switch (reason) {
            case DAY_LIMIT, FIVE_DAY_LIMIT -> "the withdrawal is over the limit of the device; the person did not"
                    + " confirm it";
            case DEVICE_NOT_PERMITTED -> "the device confirms no withdrawals; the person did not confirm it";
            case CURRENCY_NOT_ACCEPTED -> "the currency is not accepted; the person did not confirm it";
            default -> "no withdrawal can be confirmed now; the person did not confirm it";
        };
    }

    public String getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPayee() {
        return payee;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    /** The reason names the currency ({@code slsWithdrawalCurrencyRefused}) rather than the device. */
    public boolean isAboutCurrency() {
        return "slsWithdrawalCurrencyRefused".equals(reasonKey);
    }

    public String getDeviceKey() {
        return deviceKey;
    }

    public String getLimit() {
        return limit;
    }

    public String getNeededKey() {
        return neededKey;
    }

    public String getNeededDeviceKey() {
        return neededDeviceKey;
    }

    /** The kind of device (credential type) that would confirm the withdrawal, if any would. */
    public Optional<String> getNeededType() {
        return Optional.ofNullable(neededType);
    }
}
