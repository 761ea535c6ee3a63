package dev.sls.withdrawal;

import dev.sls.withdrawal.WithdrawalDecision.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The question every second-factor step and the device chooser ask: may this kind of device (credential type)
 * confirm this withdrawal for this person now — and if not, which kind would? {@link #confirm} records an allowed
 * withdrawal, one confirmation per person at a time across the cluster.
 */
public final class WithdrawalPolicy {

    private static final Logger LOG = Logger.getLogger(WithdrawalPolicy.class);

    private final KeycloakSession session;

    public WithdrawalPolicy(KeycloakSession session) {
        this.session = session;
    }

    /** Whether a device of {@code credentialType} may confirm {@code amount} for {@code user} now; records nothing. */
    public WithdrawalDecision check(RealmModel realm, UserModel user, String credentialType, Money amount) {
        return checker(realm, user, amount).apply(credentialType);
    }

    /**
     * {@link #check} for each kind of device in turn, reading the settings and the person's withdrawals once (for a
     * page that weighs all the person's devices); records nothing, and is not for confirming.
     */
    public Function<String, WithdrawalDecision> checker(RealmModel realm, UserModel user, Money amount) {
        WithdrawalSettings settings = settings(realm);
        List<PastWithdrawal> history = new WithdrawalLedger(session).history(realm.getId(), user.getId());
        Instant now = Instant.ofEpochMilli(Time.currentTimeMillis());
        Set<String> held = heldTypes(user);
        return credentialType -> WithdrawalRules.decide(settings, history, credentialType, amount, now, held);
    }

    /**
     * The device confirmed the withdrawal: checks again under the person's lock and, if still allowed, records it in
     * this transaction. A withdrawal confirmed at the same moment elsewhere is counted, so two cannot pass a limit
     * together; while the lock stays taken the answer is a refusal.
     */
    public Confirmation confirmAndRecord(RealmModel realm, UserModel user, String credentialType, Money amount,
                                         String clientId) {
        if (!WithdrawalLock.acquire(session, realm.getId(), user.getId())) {
            LOG.warnf("Withdrawal of user %s not confirmed: another one held the lock", user.getId());
            return new Confirmation(WithdrawalDecision.refuse(Reason.BUSY), Optional.empty());
        }
        WithdrawalDecision decision = check(realm, user, credentialType, amount);
        if (!decision.allowed()) {
            return new Confirmation(decision, Optional.empty());
        }
        WithdrawalEntity record = new WithdrawalLedger(session).add(realm.getId(), user.getId(),
                Instant.ofEpochMilli(Time.currentTimeMillis()), amount, decision.counted().orElseThrow(),
                credentialType, clientId, null);
        return new Confirmation(decision, Optional.of(record.getId()));
    }

    /** The answer of {@link #confirm}: the decision, and the record written when it allowed the withdrawal. */
    public record Confirmation(WithdrawalDecision decision, Optional<String> recordId) {
    }

    /** The realm's settings; a problem is logged, and then no withdrawal is confirmed. */
    public static WithdrawalSettings settings(RealmModel realm) {
        WithdrawalSettings settings = WithdrawalSettings.of(realm);
        if (!settings.problems().isEmpty()) {
            LOG.warnf("Realm %s: withdrawal settings refused, no withdrawal is confirmed until fixed: %s",
                    realm.getName(), settings.problems());
        }
        return settings;
    }

    private static Set<String> heldTypes(UserModel user) {
        return user.credentialManager().getStoredCredentialsStream().map(CredentialModel::getType)
                .collect(Collectors.toUnmodifiableSet());
    }
}
