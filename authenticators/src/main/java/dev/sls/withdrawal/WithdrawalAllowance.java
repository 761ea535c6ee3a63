package dev.sls.withdrawal;

import dev.sls.chooser.ChooserTexts;
import dev.sls.chooser.DeviceAllowance;
import dev.sls.chooser.DeviceOption;
import dev.sls.level.DeviceLevels;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * A device that may not confirm the withdrawal this login is asked to confirm (its kind's limits, this business day
 * and the last five). The reason is the refusal page's; the level needed is that of the device the limits point to.
 */
final class WithdrawalAllowance implements DeviceAllowance {

    private static final String CACHE_KEY = "sls.withdrawal.refusals:";

    @Override
    public Optional<Denial> deny(AuthenticationFlowContext context, DeviceOption option, int neededLevel) {
        Optional<WithdrawalRefusalForm> refusal = refusals(context).apply(option.credentialType());
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        WithdrawalRefusalForm form = refusal.get();
        List<String> arguments = form.isAboutCurrency() ? List.of(nullToEmpty(form.getCurrency()))
                : List.of(ChooserTexts.of(context).text(option.nameKey()), nullToEmpty(form.getLimit()));
        int level = form.getNeededType()
                .flatMap(type -> DeviceLevels.of(context.getSession(), context.getRealm(), context.getTopLevelFlow())
                        .levelOf(context.getSession(), type))
                .map(needed -> Math.max(needed, neededLevel)).orElse(neededLevel);
        return Optional.of(new Denial(form.getReasonKey(), arguments, level, form.cancelCode()));
    }

    /** One reading of the person's withdrawals per request, however many devices and pages weigh them. */
    @SuppressWarnings("unchecked")
    private static Function<String, Optional<WithdrawalRefusalForm>> refusals(AuthenticationFlowContext context) {
        String key = CACHE_KEY + context.getAuthenticationSession().getTabId();
        Object known = context.getSession().getAttribute(key);
        if (known instanceof Function<?, ?> function) {
            return (Function<String, Optional<WithdrawalRefusalForm>>) function;
        }
        Function<String, Optional<WithdrawalRefusalForm>> refusals = WithdrawalGate.refusals(context);
        context.getSession().setAttribute(key, refusals);
        return refusals;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
