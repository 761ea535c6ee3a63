package dev.sls.ibkey.push;

import dev.sls.ibkey.device.DeviceRequests;
import dev.sls.ibkey.device.IbKeyDevice;
import dev.sls.ibkey.device.IbKeyDevices;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.ChallengeList;
import dev.sls.ibkey.protocol.api.ChallengeSummary;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.DecisionResult;
import dev.sls.ibkey.protocol.api.DecisionStatus;
import dev.sls.ibkey.protocol.api.IbKeyErrorCode;
import dev.sls.rest.ApiException;
import dev.sls.rest.JsonResponses;
import dev.sls.wait.WatchIds;
import java.time.Instant;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/** The phone's side of push login: list what waits, read one request, approve or deny it. */
public final class ChallengeService {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PushChallenges challenges;

    public ChallengeService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.challenges = new PushChallenges(session);
    }

    /** The three signed headers of a read call. */
    public record SignedHeaders(String time, String nonce, String signature) {

        Instant instant() {
            try {
                return DeviceRequests.instant(Long.parseLong(time));
            } catch (NumberFormatException | NullPointerException e) {
                throw JsonResponses.invalid(
                        IbKeyProtocol.HEADER_TIME + " must be the phone's clock in epoch seconds");
            }
        }
    }

    public ChallengeList list(String handle, SignedHeaders headers) {
        IbKeyDevice device = new IbKeyDevices(session).resolve(realm, handle);
        verify(device, IbKeyMessages.listChallenges(realm.getName(), handle, checkedNonce(headers.nonce()),
                headers.instant()), headers.signature());
        return new ChallengeList(challenges.pendingFor(handle).stream()
                .map(c -> new ChallengeSummary(c.id(), c.clientName(), c.createdAt(), c.expiresAt())).toList());
    }

    public ChallengeContext read(String handle, String challengeId, SignedHeaders headers) {
        IbKeyDevice device = new IbKeyDevices(session).resolve(realm, handle);
        verify(device, IbKeyMessages.readChallenge(realm.getName(), handle, checkedId(challengeId),
                checkedNonce(headers.nonce()), headers.instant()), headers.signature());
        PushChallenge c = live(handle, challengeId);
        return new ChallengeContext(c.id(), realm.getName(), device.user().getUsername(), c.clientId(),
                c.clientName(), c.ipAddress(), c.createdAt(), c.expiresAt(), c.choices(), c.amount());
    }

    public DecisionResult decide(String handle, String challengeId, DecisionRequest request) {
        if (request == null || !(IbKeyProtocol.APPROVE.equals(request.decision())
                || IbKeyProtocol.DENY.equals(request.decision()))) {
            throw JsonResponses.invalid("decision must be approve or deny");
        }
        IbKeyDevice device = new IbKeyDevices(session).resolve(realm, handle);
        checkedId(challengeId);
        PushChallenge challenge = live(handle, challengeId);
        verify(device, IbKeyMessages.decision(realm.getName(), handle, challengeId, request.decision(),
                request.number(), challenge.amount(), checkedNonce(request.nonce()),
                DeviceRequests.instant(request.time())), request.signature());
        DecisionStatus outcome = outcome(challenge, request);
        challenges.decide(challenge, outcome);
        return new DecisionResult(challengeId, outcome.wire());
    }

    private static DecisionStatus outcome(PushChallenge challenge, DecisionRequest request) {
        if (IbKeyProtocol.DENY.equals(request.decision())) {
            return DecisionStatus.DENIED;
        }
        if (challenge.number() == null) {
            return DecisionStatus.APPROVED;
        }
        if (request.number() == null) {
            throw new ApiException(IbKeyErrorCode.NUMBER_REQUIRED,
                    "Pick the number shown on the login page to approve.");
        }
        return challenge.number().equals(request.number()) ? DecisionStatus.APPROVED : DecisionStatus.NUMBER_MISMATCH;
    }

    private PushChallenge live(String handle, String challengeId) {
        PushChallenge challenge = challenges.find(challengeId).filter(c -> c.deviceHandle().equals(handle))
                .orElseThrow(() -> new ApiException(IbKeyErrorCode.CHALLENGE_NOT_FOUND,
                        "No such login request for this device (it may have expired)."));
        challenges.requireOpen(challenge);
        return challenge;
    }

    private void verify(IbKeyDevice device, dev.sls.core.signing.DeviceMessage message, String signature) {
        if (signature == null || signature.isEmpty() || signature.length() > 200) {
            throw JsonResponses.invalid("signature is missing or too long");
        }
        new DeviceRequests(session).verify(realm, device.user(), device.key().publicKey(), message, signature,
                device.key().getId());
    }

    private static String checkedNonce(String nonce) {
        DeviceRequests.checkNonceShape(nonce);
        return nonce;
    }

    private static String checkedId(String challengeId) {
        if (!WatchIds.looksValid(challengeId)) {
            throw new ApiException(IbKeyErrorCode.CHALLENGE_NOT_FOUND, "No such login request for this device.");
        }
        return challengeId;
    }
}
