package dev.sls.ibkey.ciba;

import dev.sls.core.limit.ClientAddress;
import dev.sls.core.login.Lockout;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.ibkey.push.PushChallenges;
import dev.sls.ibkey.push.PushLimits;
import dev.sls.withdrawal.WithdrawalDecision;
import dev.sls.withdrawal.WithdrawalPolicy;
import dev.sls.withdrawal.WithdrawalRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.utils.AcrUtils;

/**
 * Whether a CIBA request may go to the person's IB Key, decided once per request before anything is sent: the person
 * has an active IB Key and is not locked out, IB Key reaches every level the client asked for, a withdrawal is
 * readable and within IB Key's limits, and the push limits allow one more push (taken from the allowance last, so a
 * refused request costs the person nothing).
 */
final class CibaAdmission {

    /** The request as admitted: what the push is built from. */
    record Admitted(IbKeyDevice device, CibaSettings settings, Optional<WithdrawalRequest> withdrawal,
                    Optional<String> authorizationDetails, String bindingMessage, String clientIp) {
    }

    private static final String ATTRIBUTE = "sls.ibkey.ciba.admitted";

    private final KeycloakSession session;
    private final RealmModel realm;

    CibaAdmission(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Checks the request and takes one push from the person's allowance; throws {@link CibaRefusal} when it may not go. */
    Admitted admit(ClientModel client, UserModel user, String acrValues, String bindingMessage,
                   String authorizationDetails) {
        IbKeyDevice device = IbKeyDevices.provider(session).active(user).map(key -> new IbKeyDevice(user, key))
                .orElseThrow(() -> new CibaRefusal(CibaRefusal.ACCESS_DENIED,
                        "This user has no active IB Key to approve the request."));
        if (Lockout.isBruteForceLocked(session, realm, user)) {
            throw new CibaRefusal(CibaRefusal.ACCESS_DENIED, "This user cannot approve requests now.");
        }
        CibaSettings settings = CibaSettings.of(session, realm);
        requireLevel(client, acrValues, settings.level());
        Optional<WithdrawalRequest> withdrawal = withdrawal(user, authorizationDetails);
        PushChallenges challenges = new PushChallenges(session);
        if (challenges.pendingFor(device.handle()).size() >= Math.min(settings.config().maxPendingPushes(),
                PushChallenges.MAX_SLOTS)) {
            throw new CibaRefusal(CibaRefusal.ACCESS_DENIED,
                    "Too many requests are waiting for this user's approval; try again later.");
        }
        String clientIp = ClientAddress.of(session.getContext().getConnection());
        new PushLimits(session).tryPush(user.getId(), clientIp, settings.config().policy()).ifPresent(refusal -> {
            throw new CibaRefusal(CibaRefusal.ACCESS_DENIED, switch (refusal.reason()) {
                case PAUSED -> "Requests to this user are paused after unanswered ones; try again in "
                        + refusal.retryAfter().toSeconds() + " seconds.";
                case STOPPED_NOT_ME -> "Requests to this user are stopped: their phone reported a request they did"
                        + " not start; try again in " + refusal.retryAfter().toSeconds() + " seconds.";
                case TOO_SOON -> "Too many requests to this user; try again in " + refusal.retryAfter().toSeconds()
                        + " seconds.";
                case TOO_MANY_FROM_THIS_ADDRESS -> "Too many requests from this address; try again in "
                        + refusal.retryAfter().toSeconds() + " seconds.";
            });
        });
        Admitted admitted = new Admitted(device, settings, withdrawal,
                withdrawal.map(w -> authorizationDetails), bindingMessage, clientIp);
        session.setAttribute(ATTRIBUTE, admitted);
        return admitted;
    }

    /** The admission this request already went through (the client policy runs before the channel), if any. */
    Optional<Admitted> earlier(UserModel user) {
        return Optional.ofNullable(session.getAttribute(ATTRIBUTE, Admitted.class))
                .filter(a -> a.device().user().getId().equals(user.getId()));
    }

    /** Every value of {@code acr_values} must be a level IB Key reaches (a name of the client's or realm's map, or a number). */
    private void requireLevel(ClientModel client, String acrValues, int ibKeyLevel) {
        if (acrValues == null || acrValues.isBlank()) {
            return;
        }
        Map<String, Integer> acrLoaMap = AcrUtils.getAcrLoaMap(client);
        for (String acr : Arrays.stream(acrValues.trim().split("\\s+")).toList()) {
            Integer level = acrLoaMap.get(acr);
            if (level == null && acr.matches("\\d{1,2}")) {
                level = Integer.valueOf(acr);
            }
            if (level == null) {
                throw new CibaRefusal(CibaRefusal.INVALID_REQUEST, "Unknown acr value in acr_values.");
            }
            if (level > ibKeyLevel) {
                throw new CibaRefusal(CibaRefusal.ACCESS_DENIED,
                        "IB Key does not reach the level asked for in acr_values.");
            }
        }
    }

    /** A request that asked for a withdrawal and cannot be read is refused, never treated as one that asked nothing. */
    private Optional<WithdrawalRequest> withdrawal(UserModel user, String authorizationDetails) {
        if (authorizationDetails == null) {
            return Optional.empty();
        }
        Optional<WithdrawalRequest> withdrawal;
        try {
            withdrawal = WithdrawalRequest.fromParameter(authorizationDetails);
        } catch (IllegalArgumentException e) {
            throw new CibaRefusal(CibaRefusal.INVALID_REQUEST, "authorization_details: " + e.getMessage());
        }
        if (withdrawal.isEmpty()) {
            throw new CibaRefusal(CibaRefusal.INVALID_REQUEST,
                    "authorization_details: only " + WithdrawalRequest.TYPE + " is approved through IB Key.");
        }
        WithdrawalDecision decision = new WithdrawalPolicy(session).check(realm, user, IbKeyCredentialModel.TYPE,
                withdrawal.get().amount());
        if (!decision.allowed()) {
            throw new CibaRefusal(CibaRefusal.ACCESS_DENIED,
                    "IB Key may not confirm this withdrawal for this user now (" + decision.reason() + ").");
        }
        return withdrawal;
    }
}
