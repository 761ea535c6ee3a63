package dev.sls.ibkey.push;

import dev.sls.core.login.Lockout;
import dev.sls.ibkey.ciba.CibaCompletion;
import dev.sls.core.signing.DeviceMessage;
import dev.sls.ibkey.notme.NotMeReport;
import dev.sls.ibkey.receipt.Receipts;
import dev.sls.ibkey.device.DeviceRequests;
import dev.sls.ibkey.device.IbKeyDevice;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The phone's side of push login: list what waits, read one request, approve or deny it. Each call first proves which
 * phone signed it (from the request's own fields); only then is any challenge looked at.
 */
public final class ChallengeService {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PushChallenges challenges;
    private final DeviceRequests requests;

    public ChallengeService(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.challenges = new PushChallenges(session);
        this.requests = new DeviceRequests(session);
    }

    /** The three signed headers of a read call. */
    public record SignedHeaders(String time, String nonce, String signature) {

        Instant instant() {
            try {
                return DeviceRequests.instant(Long.parseLong(time));
            } catch (NumberFormatException | NullPointerException e) {
                throw JsonResponses.invalid(IbKeyProtocol.HEADER_TIME + " must be the phone's clock in epoch seconds");
            }
        }
    }

    /** What waits for the phone, each with everything it shows: the app decides without reading each one. */
    public ChallengeList list(String handle, SignedHeaders headers) {
        IbKeyDevice device = requests.authenticate(realm, handle, () -> IbKeyMessages.listChallenges(realm.getName(),
                handle, headers.nonce(), headers.instant()), headers.signature());
        String username = device.user().getUsername();
        return new ChallengeList(challenges.pendingFor(handle).stream()
                .map(c -> ChallengeSummary.of(c.shown(realm.getName(), username))).toList());
    }

    public ChallengeContext read(String handle, String challengeId, SignedHeaders headers) {
        IbKeyDevice device = requests.authenticate(realm, handle, () -> IbKeyMessages.readChallenge(realm.getName(),
                handle, challengeId, headers.nonce(), headers.instant()), headers.signature());
        return open(handle, challengeId).shown(realm.getName(), device.user().getUsername());
    }

    public DecisionResult decide(String handle, String challengeId, DecisionRequest request) {
        if (!IbKeyProtocol.APPROVE.equals(request.decision()) && !IbKeyProtocol.DENY.equals(request.decision())) {
            throw JsonResponses.invalid("decision must be approve or deny");
        }
        if (request.code() != null && request.code().length() > 32) {
            throw JsonResponses.invalid("code is too long");
        }
        if (request.shown() != null && request.shown().length() > 64) {
            throw JsonResponses.invalid("shown is too long");
        }
        Supplier<DeviceMessage> signed = () -> IbKeyMessages.decision(realm.getName(), handle, challengeId, request,
                DeviceRequests.instant(request.time()));
        IbKeyDevice device = requests.authenticate(realm, handle, signed, request.signature());
        boolean notMe = request.reason() != null;
        if (notMe && !(IbKeyProtocol.REASON_NOT_ME.equals(request.reason())
                && IbKeyProtocol.DENY.equals(request.decision()))) {
            throw JsonResponses.invalid("reason may only be " + IbKeyProtocol.REASON_NOT_ME + ", with deny");
        }
        PushChallenge challenge = open(handle, challengeId);
        if (!Objects.equals(challenge.request().amount(), request.amount())) {
            throw new ApiException(IbKeyErrorCode.AMOUNT_MISMATCH,
                    "The amount signed is not the amount of this login request.");
        }
        if (!Objects.equals(challenge.request().payee(), request.payee())) {
            throw new ApiException(IbKeyErrorCode.PAYEE_MISMATCH,
                    "The payee signed is not the payee of this login request.");
        }
        if (!Objects.equals(challenge.request().bindingMessage(), request.bindingMessage())) {
            throw new ApiException(IbKeyErrorCode.BINDING_MISMATCH,
                    "The binding message signed is not the one of this request.");
        }
        if (request.shown() != null && !MessageDigest.isEqual(request.shown().getBytes(StandardCharsets.US_ASCII),
                IbKeyMessages.shown(challenge.shown(realm.getName(), device.user().getUsername()))
                        .getBytes(StandardCharsets.US_ASCII))) {
            throw new ApiException(IbKeyErrorCode.SHOWN_MISMATCH,
                    "The request the phone showed is not this login request (client, address or details differ).");
        }
        DecisionStatus outcome = challenge.match().judge(request);
        if (challenge.request().isCiba()) {
            DecisionResult result = decideCiba(device, challenge, outcome);
            String receipt = receipt(device, challenge, Receipts.KIND_CIBA,
                    notMe ? Receipts.OUTCOME_NOT_ME : result.status(), signed.get(), request.signature());
            if (notMe) {
                PushRequest asked = challenge.request();
                NotMeReport.report(session, realm, device.user(), new NotMeReport.DeniedLogin(challengeId, handle,
                        asked.clientId(), asked.clientName(), asked.ipAddress(), asked.userAgent()), receipt);
            }
            return result;
        }
        challenges.decide(challenge, outcome);
        PushRequest login = challenge.request();
        String receipt = receipt(device, challenge, login.amount() == null ? Receipts.KIND_LOGIN
                : Receipts.KIND_WITHDRAWAL, notMe ? Receipts.OUTCOME_NOT_ME : outcome.wire(), signed.get(),
                request.signature());
        if (notMe) {
            NotMeReport.report(session, realm, device.user(), new NotMeReport.DeniedLogin(challengeId, handle,
                    login.clientId(), login.clientName(), login.ipAddress(), login.userAgent()), receipt);
        } else if (outcome != DecisionStatus.APPROVED) {
            // Signed by the person's own phone: a deny, a wrong pick or a wrong code counts like a wrong OTP.
            Lockout.recordFailure(session, realm, device.user());
        }
        return new DecisionResult(challengeId, outcome.wire());
    }

    /**
     * A CIBA request's decision completes it in the store the client polls. A deny is not a failed login attempt: an
     * application started the request, not someone holding the password, and the person's no must not lock them out.
     */
    private DecisionResult decideCiba(IbKeyDevice device, PushChallenge challenge, DecisionStatus outcome) {
        CibaCompletion completion = new CibaCompletion(session, realm);
        if (!completion.isWaiting(challenge)) {
            throw new ApiException(IbKeyErrorCode.CHALLENGE_EXPIRED, "This request has expired.");
        }
        challenges.decide(challenge, outcome);
        if (outcome == DecisionStatus.APPROVED && Lockout.isBruteForceLocked(session, realm, device.user())) {
            outcome = DecisionStatus.DENIED;
        }
        return new DecisionResult(challenge.id(), completion.complete(challenge, outcome, device).wire());
    }

    /** Keeps what the phone signed as evidence of the decision; answers the receipt's id. */
    private String receipt(IbKeyDevice device, PushChallenge challenge, String kind, String outcome,
                           DeviceMessage signed, String signature) {
        PushRequest shown = challenge.request();
        return Receipts.record(session, realm, device.user(), new Receipts.Decision(kind, outcome,
                device.key().getId(), device.key().data().getPublicKey(), signed, signature, shown.clientId(),
                shown.clientName(), shown.ipAddress(), shown.userAgent()));
    }

    /** A challenge of this phone that may still be decided. */
    private PushChallenge open(String handle, String challengeId) {
        PushChallenge challenge = challenges.find(challengeId).filter(c -> c.deviceHandle().equals(handle))
                .orElseThrow(() -> new ApiException(IbKeyErrorCode.CHALLENGE_NOT_FOUND,
                        "No such login request for this device (it may have expired)."));
        challenges.requireOpen(challenge);
        return challenge;
    }
}
