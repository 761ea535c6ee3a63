package dev.sls.ibkey.ciba;

import dev.sls.core.gateway.GatewayHttp;
import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.protocol.api.DecisionStatus;
import dev.sls.ibkey.push.PushChallenge;
import dev.sls.ibkey.push.PushLimits;
import dev.sls.level.CibaDeviceNotes;
import dev.sls.withdrawal.WithdrawalConfirmation;
import dev.sls.withdrawal.WithdrawalPolicy;
import dev.sls.withdrawal.WithdrawalRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.CibaConfig;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OAuth2DeviceCodeModel;
import org.keycloak.models.RealmModel;
import org.keycloak.protocol.oidc.grants.ciba.channel.AuthenticationChannelProvider;
import org.keycloak.protocol.oidc.grants.device.endpoints.DeviceEndpoint;
import org.keycloak.util.JsonSerialization;

/**
 * Completes a CIBA request with the phone's decision, as Keycloak's own callback endpoint would: the request's entry
 * in the cluster-wide single-use store is marked approved (with what the token must say: the device, its level, the
 * {@code amr}, a confirmed withdrawal) or denied, so the client's next poll gets its tokens or {@code access_denied}
 * on whichever node it lands. In ping mode the client is told after the commit, without waiting for it.
 */
public final class CibaCompletion {

    private static final Logger LOG = Logger.getLogger(CibaCompletion.class);
    /** What Keycloak's callback records as the user session of an approval; the token request makes its own. */
    private static final String NO_USER_SESSION = "ciba";

    private final KeycloakSession session;
    private final RealmModel realm;

    public CibaCompletion(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Whether the CIBA request behind {@code challenge} still waits for a decision (not expired, not decided). */
    public boolean isWaiting(PushChallenge challenge) {
        return pending(challenge).isPresent();
    }

    /**
     * Records the decision; answers what became of it: an approval whose withdrawal IB Key may no longer confirm (the
     * person's limits were used meanwhile) denies the request instead.
     */
    public DecisionStatus complete(PushChallenge challenge, DecisionStatus outcome, IbKeyDevice device) {
        Optional<OAuth2DeviceCodeModel> waiting = pending(challenge);
        if (waiting.isEmpty()) {
            return outcome;
        }
        OAuth2DeviceCodeModel request = waiting.get();
        CibaSettings settings = CibaSettings.of(session, realm);
        // As for a login's push: an answer shows the person is there, and an approval gives its place back.
        PushLimits limits = new PushLimits(session);
        limits.forgetUnanswered(device.user().getId(), settings.config().policy());
        if (outcome == DecisionStatus.APPROVED) {
            limits.recordApproved(device.user().getId(), settings.config().policy());
        }
        DecisionStatus result = outcome;
        OAuth2DeviceCodeModel decided;
        if (outcome == DecisionStatus.APPROVED) {
            Optional<Map<String, String>> notes = approvalNotes(challenge, device, request, settings);
            decided = notes.map(n -> request.approve(NO_USER_SESSION, n)).orElseGet(request::deny);
            result = notes.isPresent() ? outcome : DecisionStatus.DENIED;
        } else {
            decided = request.deny();
        }
        // put, not replace: replace drops the entry's lifespan in Keycloak 26.7.3 (see the architecture rules).
        long lifespan = Math.max(1, request.getExpiration() - Time.currentTime() + request.getPollingInterval() + 10L);
        session.singleUseObjects().put(decided.serializeKey(), lifespan, decided.toMap());
        pingAfterCommit(request);
        return result;
    }

    private Optional<OAuth2DeviceCodeModel> pending(PushChallenge challenge) {
        if (!challenge.request().isCiba()) {
            return Optional.empty();
        }
        return Optional.ofNullable(DeviceEndpoint.getDeviceByUserCode(session, realm, challenge.request().cibaRef()))
                .filter(OAuth2DeviceCodeModel::isPending).filter(request -> !request.isExpired());
    }

    /** What the tokens of this approval say; empty when the withdrawal can no longer be confirmed. */
    private Optional<Map<String, String>> approvalNotes(PushChallenge challenge, IbKeyDevice device,
                                                        OAuth2DeviceCodeModel request, CibaSettings settings) {
        Map<String, String> notes = new HashMap<>(CibaDeviceNotes.approval(IbKeyCredentialModel.TYPE,
                device.key().getId(), settings.level(), settings.amr()));
        Optional<WithdrawalRequest> withdrawal = new CibaWithdrawals(session).shown(challenge);
        if (withdrawal.isPresent()) {
            WithdrawalPolicy.Confirmation confirmed = new WithdrawalPolicy(session).confirmAndRecord(realm,
                    device.user(), IbKeyCredentialModel.TYPE, withdrawal.get().amount(), request.getClientId());
            if (confirmed.recordId().isEmpty()) {
                LOG.infof("CIBA withdrawal approved on the phone but no longer allowed (%s): denied",
                        confirmed.decision().reason());
                return Optional.empty();
            }
            notes.put(WithdrawalConfirmation.NOTE, new WithdrawalConfirmation(withdrawal.get(),
                    IbKeyCredentialModel.TYPE, Time.currentTime(), confirmed.recordId().get()).toNote());
        }
        return Optional.of(notes);
    }

    private void pingAfterCommit(OAuth2DeviceCodeModel request) {
        ClientModel client = realm.getClientByClientId(request.getClientId());
        CibaConfig policy = realm.getCibaPolicy();
        if (client == null || !CibaConfig.CIBA_PING_MODE.equals(policy.getBackchannelTokenDeliveryMode(client))) {
            return;
        }
        String endpoint = policy.getBackchannelClientNotificationEndpoint(client);
        if (endpoint == null || request.getAuthReqId() == null) {
            LOG.warnf("CIBA client %s is in ping mode without a notification endpoint", client.getClientId());
            return;
        }
        GatewayHttp http = ((IbKeyAuthenticationChannelFactory) session.getKeycloakSessionFactory()
                .getProviderFactory(AuthenticationChannelProvider.class, IbKeyAuthenticationChannelFactory.ID)).http();
        String clientId = client.getClientId();
        String token = request.getClientNotificationToken();
        byte[] body;
        try {
            body = JsonSerialization.writeValueAsBytes(Map.of("auth_req_id", request.getAuthReqId()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a CIBA notification", e);
        }
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                // The session is closed by the time the answer comes: the continuation uses none of it.
                http.send(GatewayHttp.post(URI.create(endpoint), "application/json", body)
                                .header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, error) -> {
                            if (error != null || response.statusCode() / 100 != 2) {
                                LOG.warnf("CIBA ping to client %s failed: %s", clientId,
                                        error != null ? error.getClass().getSimpleName() : response.statusCode());
                            }
                        });
            }

            @Override
            protected void rollbackImpl() {
                // the decision was not kept: nothing to tell
            }
        });
        LOG.debugf("CIBA ping to %s queued (%d bytes)", clientId, body.length);
    }
}
