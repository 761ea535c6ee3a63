package dev.sls.core.withdrawal;

import dev.sls.core.withdrawal.WithdrawalDecision.Reason;

/**
 * What the page {@value #TEMPLATE} shows ({@code slsWithdrawal} in FreeMarker) when the device of this step may not
 * confirm the withdrawal: the amount and payee, why (a message key with the device's name and the limit), and which
 * device to use instead. Device names are the consoles' message keys {@code <credential type>-display-name}.
 */
public record WithdrawalRefusalForm(String amount, String currency, String payee, String reasonKey, String deviceKey,
                                    String limit, String neededKey, String neededDeviceKey) {

    public static final String ATTRIBUTE = "slsWithdrawal";
    public static final String TEMPLATE = "sls-withdrawal-refused.ftl";
    /** Form field of the page's one button; its value {@value #CANCEL} ends the login back at the application. */
    public static final String FIELD = "sls-withdrawal";
    public static final String CANCEL = "cancel";

    /** {@code request} is null when the application's request could not be read. */
    static WithdrawalRefusalForm of(WithdrawalRequest request, String credentialType, WithdrawalDecision decision) {
        String limit = decision.limit().map(Money::display).orElse(null);
        String reason = switch (decision.reason()) {
            case DEVICE_NOT_PERMITTED -> "slsWithdrawalNotPermitted";
            case DAY_LIMIT -> "slsWithdrawalDayLimit";
            case FIVE_DAY_LIMIT -> "slsWithdrawalFiveDayLimit";
            case CURRENCY_NOT_ACCEPTED -> "slsWithdrawalCurrencyRefused";
            case SETTINGS_INVALID, BUSY, ALLOWED -> "slsWithdrawalUnavailable";
        };
        boolean limited = decision.reason() == Reason.DAY_LIMIT || decision.reason() == Reason.FIVE_DAY_LIMIT
                || decision.reason() == Reason.DEVICE_NOT_PERMITTED;
        String needed = null;
        if (limited) {
            needed = decision.needed().isEmpty() ? "slsWithdrawalNoDevice"
                    : (decision.neededHeld() ? "slsWithdrawalUseYour" : "slsWithdrawalNeedOne")
                    + (limit == null ? "" : "Above");
        }
        return new WithdrawalRefusalForm(request == null ? null : request.amount().display(),
                request == null ? null : request.amount().code(),
                request == null ? null : request.payee().orElse(null), reason,
                credentialType + "-display-name", limit, needed,
                decision.needed().map(type -> type + "-display-name").orElse(null));
    }
}
