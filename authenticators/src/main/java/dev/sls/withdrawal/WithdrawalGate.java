package dev.sls.withdrawal;

import dev.sls.core.login.LoginCancel;
import dev.sls.core.login.LocalFormats;
import dev.sls.core.event.EventDetails;
import dev.sls.withdrawal.WithdrawalDecision.Reason;
import java.util.Optional;
import java.util.function.Function;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.util.Time;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * How a second-factor step takes part in confirming a withdrawal the application asked for
 * ({@link WithdrawalRequest}): it asks {@link #admits} before it shows its screen and at each post, and calls
 * {@link #confirmAndRecord} instead of {@code context.success}. Without a withdrawal both just let the login go on.
 */
public final class WithdrawalGate {

    private WithdrawalGate() {
    }

    /**
     * Whether a device of {@code credentialType} may confirm the withdrawal of this login; empty when the login
     * confirms none. A request the authorization endpoint let through always reads here; should one not, the answer
     * is a refusal.
     */
    public static Optional<WithdrawalDecision> decision(AuthenticationFlowContext context, String credentialType) {
        return decisions(context).map(decide -> decide.apply(credentialType));
    }

    /**
     * For the device chooser, which weighs every device of the person: why a device of a given credential type may
     * not confirm this login's withdrawal, in the words of the refusal page (empty when no withdrawal is asked or the
     * device may confirm it). The settings and the person's withdrawals are read once, here.
     */
    public static Function<String, Optional<WithdrawalRefusalForm>> refusals(AuthenticationFlowContext context) {
        Optional<Function<String, WithdrawalDecision>> decisions = decisions(context);
        if (decisions.isEmpty()) {
            return credentialType -> Optional.empty();
        }
        WithdrawalRequest shown = readable(context.getAuthenticationSession()).orElse(null);
        LocalFormats formats = LocalFormats.of(context);
        return credentialType -> Optional.of(decisions.get().apply(credentialType))
                .filter(decision -> !decision.allowed())
                .map(decision -> new WithdrawalRefusalForm(shown, credentialType, decision, formats));
    }

    private static Optional<Function<String, WithdrawalDecision>> decisions(AuthenticationFlowContext context) {
        AskedWithdrawal asked = AskedWithdrawal.of(context.getAuthenticationSession());
        if (asked instanceof AskedWithdrawal.Readable readable) {
            return Optional.of(new WithdrawalPolicy(context.getSession())
                    .checker(context.getRealm(), context.getUser(), readable.request().amount()));
        }
        return asked.asked()
                ? Optional.of(credentialType -> WithdrawalDecision.refuse(Reason.SETTINGS_INVALID))
                : Optional.empty();
    }

    /**
     * True when the step may go on: no withdrawal, or one its device may confirm. Otherwise the page says why and
     * which device to use ({@value WithdrawalRefusalForm#TEMPLATE}), and its Cancel button ends the login with
     * {@code access_denied} at the application.
     */
    public static boolean admits(AuthenticationFlowContext context, String credentialType) {
        Optional<WithdrawalDecision> decision = decision(context, credentialType);
        if (decision.isEmpty() || decision.get().allowed()) {
            return true;
        }
        if (cancelPosted(context)) {
            WithdrawalRefusalForm form = new WithdrawalRefusalForm(null, credentialType, decision.get(),
                    LocalFormats.of(context));
            LoginCancel.cancel(context, form.cancelCode(), form.cancelWords());
            return false;
        }
        refuse(context, credentialType, readable(context.getAuthenticationSession()).orElse(null), decision.get());
        return false;
    }

    /**
     * The device has proved the person: without a withdrawal, {@code context.success}. With one, it is checked again
     * and confirmed and recorded in the ledger under the person's lock; the login succeeds with the confirmation kept
     * for the tokens, or, if the limits no longer allow it (another withdrawal was confirmed meanwhile) or the request
     * cannot be read, the refusal page is shown.
     */
    public static void confirmAndRecord(AuthenticationFlowContext context, String credentialType) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        AskedWithdrawal request = AskedWithdrawal.of(authSession);
        if (!request.asked()) {
            context.success(credentialType);
            return;
        }
        if (!(request instanceof AskedWithdrawal.Readable readable)) {
            refuse(context, credentialType, null, WithdrawalDecision.refuse(Reason.SETTINGS_INVALID));
            return;
        }
        WithdrawalRequest asked = readable.request();
        WithdrawalPolicy.Confirmation confirmed = new WithdrawalPolicy(context.getSession()).confirmAndRecord(
                context.getRealm(), context.getUser(), credentialType, asked.amount(),
                authSession.getClient().getClientId());
        if (confirmed.recordId().isEmpty()) {
            refuse(context, credentialType, asked, confirmed.decision());
            return;
        }
        WithdrawalConfirmation confirmation = new WithdrawalConfirmation(asked, credentialType, Time.currentTime(),
                confirmed.recordId().get());
        authSession.setClientNote(WithdrawalConfirmation.NOTE, confirmation.toNote());
        context.getEvent().detail(EventDetails.WITHDRAWAL, asked.amount().display());
        context.success(credentialType);
    }

    /**
     * For the check after the second factor ({@link WithdrawalConfirmedCheck}): true when no withdrawal was asked or a
     * device of the pack confirmed and recorded exactly the one asked in this login. Otherwise the second factor was a
     * step that confirms none (Keycloak's own OTP or a passkey picked by a forged post, the chooser greys them) and the
     * refusal page is shown for {@code usedType}, the credential type of the device used.
     */
    public static boolean confirmedIfAsked(AuthenticationFlowContext context, String usedType) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        AskedWithdrawal asked = AskedWithdrawal.of(authSession);
        if (!asked.asked()) {
            return true;
        }
        Optional<WithdrawalRequest> shown = readable(authSession);
        if (shown.isPresent() && WithdrawalConfirmation.fromNote(authSession.getClientNote(WithdrawalConfirmation.NOTE))
                .filter(confirmation -> confirmation.request().equals(shown.get())).isPresent()) {
            return true;
        }
        WithdrawalDecision decision = decision(context, usedType).filter(answer -> !answer.allowed())
                .orElseGet(() -> WithdrawalDecision.refuse(Reason.DEVICE_NOT_PERMITTED));
        refuse(context, usedType, shown.orElse(null), decision);
        return false;
    }

    /** The refusal page's Cancel after {@link #confirmedIfAsked}: ends the login saying why. */
    public static void cancelUnconfirmed(AuthenticationFlowContext context, String usedType) {
        WithdrawalDecision decision = decision(context, usedType).filter(answer -> !answer.allowed())
                .orElseGet(() -> WithdrawalDecision.refuse(Reason.DEVICE_NOT_PERMITTED));
        WithdrawalRefusalForm form = new WithdrawalRefusalForm(null, usedType, decision, LocalFormats.of(context));
        LoginCancel.cancel(context, form.cancelCode(), form.cancelWords());
    }

    /** Whether the post is the refusal page's Cancel button. */
    public static boolean cancelPosted(AuthenticationFlowContext context) {
        var form = context.getHttpRequest().getDecodedFormParameters();
        return form != null && WithdrawalRefusalForm.CANCEL.equals(form.getFirst(WithdrawalRefusalForm.FIELD));
    }

    /** Whether this login is asked to confirm a withdrawal (readable or not). */
    public static boolean asked(AuthenticationSessionModel authSession) {
        return AskedWithdrawal.of(authSession).asked();
    }

    /** The withdrawal to show on a device, if one was asked and can be read. */
    public static Optional<WithdrawalRequest> readable(AuthenticationSessionModel authSession) {
        return AskedWithdrawal.of(authSession) instanceof AskedWithdrawal.Readable readable
                ? Optional.of(readable.request()) : Optional.empty();
    }

    private static void refuse(AuthenticationFlowContext context, String credentialType, WithdrawalRequest shown,
                               WithdrawalDecision decision) {
        context.getEvent().detail(EventDetails.WITHDRAWAL_REFUSED, decision.reason().name());
        context.challenge(context.form().setAttribute(WithdrawalRefusalForm.ATTRIBUTE,
                        new WithdrawalRefusalForm(shown, credentialType, decision, LocalFormats.of(context)))
                .createForm(WithdrawalRefusalForm.TEMPLATE));
    }
}
