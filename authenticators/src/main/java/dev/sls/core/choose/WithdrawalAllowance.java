package dev.sls.core.choose;

import dev.sls.core.withdrawal.WithdrawalGate;
import dev.sls.core.withdrawal.WithdrawalRefusalForm;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * A device that may not confirm the withdrawal this login is asked to confirm (its kind's limits, this business day
 * and the last five). The reason is the refusal page's; the level needed is that of the device the limits point to.
 */
final class WithdrawalAllowance implements DeviceAllowance {

    @Override
    public Optional<Denial> deny(AuthenticationFlowContext context, DeviceOption option, int neededLevel) {
        Optional<WithdrawalRefusalForm> refusal = WithdrawalGate.refusal(context, option.credentialType());
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
        return Optional.of(new Denial(form.getReasonKey(), arguments, level));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
