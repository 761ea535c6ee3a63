package dev.sls.ibkey.ciba;

import dev.sls.core.login.LoginMessages;
import dev.sls.ibkey.login.PushDelivery;
import dev.sls.ibkey.protocol.api.MatchMode;
import dev.sls.ibkey.push.PushChallenge;
import dev.sls.ibkey.push.PushChallenges;
import dev.sls.ibkey.push.PushRequest;
import dev.sls.withdrawal.WithdrawalRequest;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.protocol.oidc.grants.ciba.channel.AuthenticationChannelProvider;
import org.keycloak.protocol.oidc.grants.ciba.channel.CIBAAuthenticationRequest;

/**
 * Sends a CIBA request to the person's IB Key as a push challenge and returns at once: nothing waits on this node.
 * The phone's signed decision later completes the request in the cluster-wide store ({@link CibaCompletion}), on
 * whichever node it arrives.
 *
 * <p>Keycloak answers 503 to any refusal from here, so the checks run first in the client policy executor
 * {@link IbKeyCibaPolicyExecutorFactory} (a clear 400); without it they run here and a refused request gets
 * Keycloak's 503.
 */
final class IbKeyAuthenticationChannel implements AuthenticationChannelProvider {

    private static final Logger LOG = Logger.getLogger(IbKeyAuthenticationChannel.class);
    /** The login reference of a CIBA push: never that of a browser login, which is {@code <session>.<tab>}. */
    static final String LOGIN_REF = "ciba";

    private final KeycloakSession session;

    IbKeyAuthenticationChannel(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public boolean requestAuthentication(CIBAAuthenticationRequest request, String infoUsedByAuthentication) {
        RealmModel realm = session.getContext().getRealm();
        UserModel user = request.getUser();
        ClientModel client = request.getClient();
        CibaAdmission admission = new CibaAdmission(session, realm);
        CibaAdmission.Admitted admitted;
        try {
            admitted = admission.earlier(user).orElseGet(() -> admission.admit(client, user,
                    request.getAcrValues(), request.getBindingMessage(), CibaRequests.authorizationDetails(session,
                            request)));
        } catch (CibaRefusal refusal) {
            LOG.infof("CIBA request of client %s refused: %s (add the client policy executor %s for a 400 answer)",
                    client.getClientId(), refusal.description(), IbKeyCibaPolicyExecutorFactory.ID);
            return false;
        }
        int ttl = (int) Math.max(1, Math.min(realm.getCibaPolicy().getExpiresIn(),
                Optional.ofNullable(request.getExp()).orElse(0L) - Time.currentTime()));
        LoginMessages messages = LoginMessages.of(session, realm, user);
        Optional<WithdrawalRequest> withdrawal = admitted.withdrawal();
        PushRequest push = new PushRequest(realm.getId(), user.getId(), admitted.device().handle(),
                client.getClientId(), messages.clientName(client), admitted.clientIp(),
                withdrawal.map(w -> w.amount().display()).orElse(null),
                withdrawal.flatMap(WithdrawalRequest::payee).orElse(null), LOGIN_REF, null, admitted.bindingMessage(),
                request.getAuthResultId());
        Optional<PushChallenge> challenge = new PushChallenges(session).create(push, ttl,
                admitted.settings().config().maxPendingPushes(), MatchMode.NONE);
        if (challenge.isEmpty()) {
            LOG.infof("CIBA request of client %s: every push slot of the user filled meanwhile", client.getClientId());
            return false;
        }
        admitted.authorizationDetails().ifPresent(details -> new CibaWithdrawals(session).keep(challenge.get(),
                details, challenge.get().expiresAt() - Time.currentTime() + 60L));
        PushDelivery.send(session, realm, admitted.device(), challenge.get(), admitted.settings().config(), messages);
        return true;
    }

    @Override
    public void close() {
        // nothing held
    }
}
