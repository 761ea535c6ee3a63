package dev.sls.ibkey.app;

import dev.sls.core.signing.DeviceMessage;
import dev.sls.ibkey.protocol.IbKeyMessages;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import dev.sls.ibkey.protocol.api.ChallengeContext;
import dev.sls.ibkey.protocol.api.ChallengeList;
import dev.sls.ibkey.protocol.api.ChallengeSummary;
import dev.sls.ibkey.protocol.api.DecisionRequest;
import dev.sls.ibkey.protocol.api.DecisionResult;
import dev.sls.ibkey.protocol.api.MatchMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The app's side of push login, what {@link IbKeyApp} does with login requests. The normal path is one signed
 * request: the notification ({@link #receivePush}) or, for an app that polls, the listing ({@link #pending}) already
 * carries everything the phone shows, and the decision binds all of it with its {@link IbKeyMessages#shown} digest.
 * A request the app has not seen is read first (offline catch-up, a missed push).
 */
public abstract sealed class PushApprovals extends PhoneUserRequests permits IbKeyApp {

    /** Requests seen in pushes and listings, by challenge id; the oldest are forgotten first. */
    private static final int REMEMBERED = 64;

    private final DeviceSigner signer;
    private final Map<String, ChallengeContext> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChallengeContext> eldest) {
            return size() > REMEMBERED;
        }
    };

    PushApprovals(DeviceSigner signer) {
        super(signer);
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /** What waits for {@code user}, each with everything the phone shows (remembered: deciding is one request). */
    public ChallengeList pending(IbKeyUser user) {
        ChallengeList list = apiClient().listChallenges(user, signListChallenges(user));
        list.challenges().stream().map(ChallengeSummary::context).filter(Objects::nonNull).forEach(this::remember);
        return list;
    }

    /** Reads one request from the server (offline catch-up, or an app that missed the push). */
    public ChallengeContext read(IbKeyUser user, String challengeId) {
        return remember(apiClient().readChallenge(user, challengeId, signReadChallenge(user, challengeId)));
    }

    /**
     * A push notification arrived: {@code payload} is its JSON (the webhook body, the APNs payload, or FCM's message
     * or data map). Answers the request it shows, remembered so that approving or denying it is one signed request.
     *
     * @throws IllegalArgumentException when the payload is no IB Key notification or does not carry the request
     */
    public ChallengeContext receivePush(String payload) {
        return remember(PushPayload.read(payload));
    }

    /**
     * Approves {@code challengeId} as shown (from the push or the listing; read first when the app has not seen it).
     * {@code fromLoginPage} is what the person read on the login page: the code to type (match mode {@code code})
     * or the number to pick, one of {@link ChallengeContext#numberChoices()} (mode {@code number}); ignored in mode
     * {@code none}. The one signed decision binds everything shown.
     */
    public DecisionResult approve(IbKeyUser user, String challengeId, String fromLoginPage) {
        return approve(user, shown(user, challengeId), fromLoginPage);
    }

    /** Approves a request as {@code shown} (e.g. by {@link #receivePush}): one signed request, nothing read. */
    public DecisionResult approve(IbKeyUser user, ChallengeContext shown, String fromLoginPage) {
        MatchMode mode = MatchMode.fromWire(shown.matchMode()).orElse(MatchMode.NONE);
        Integer number = null;
        String code = null;
        if (mode == MatchMode.NUMBER) {
            number = pick(shown.numberChoices(), fromLoginPage);
        } else if (mode == MatchMode.CODE) {
            if (fromLoginPage == null || fromLoginPage.isBlank()) {
                throw new IllegalArgumentException("type the code shown on the login page");
            }
            code = fromLoginPage.replaceAll("[\\s-]", "");
        }
        return send(user, shown, signDecision(user, shown, IbKeyProtocol.APPROVE, number, code));
    }

    /** Denies: what was shown (amount, payee, binding message, the whole digest) is signed into a deny as well. */
    public DecisionResult deny(IbKeyUser user, String challengeId) {
        ChallengeContext shown = shown(user, challengeId);
        return send(user, shown, sign(user, shown, IbKeyProtocol.DENY, null, null, null));
    }

    /** "I did not start this": a deny signed with the reason {@link IbKeyProtocol#REASON_NOT_ME}. */
    public DecisionResult denyNotMe(IbKeyUser user, String challengeId) {
        ChallengeContext shown = shown(user, challengeId);
        return send(user, shown, sign(user, shown, IbKeyProtocol.DENY, null, null, IbKeyProtocol.REASON_NOT_ME));
    }

    /** The signed decision on a request without a payee, not sent. */
    public DecisionRequest signDecision(IbKeyUser user, String challengeId, String decision, Integer number,
                                       String code, String amount) {
        return signDecision(user, challengeId, decision, number, code, amount, null);
    }

    /** The signed decision on a request without a binding message, without a reason, not sent. */
    public DecisionRequest signDecision(IbKeyUser user, String challengeId, String decision, Integer number,
                                       String code, String amount, String payee) {
        return signDecision(user, challengeId, decision, number, code, amount, payee, null, null);
    }

    /**
     * The signed decision as apps that read the request first send it (no {@code shown} digest), not sent: send it
     * with {@link #apiClient()}, as it is or tampered with. {@code bindingMessage} is the CIBA binding message the
     * phone displayed (null for a login); {@code reason} why a deny was sent ({@link IbKeyProtocol#REASON_NOT_ME}).
     */
    public DecisionRequest signDecision(IbKeyUser user, String challengeId, String decision, Integer number,
                                       String code, String amount, String payee, String bindingMessage,
                                       String reason) {
        return sign(user, challengeId, decision, number, code, amount, payee, bindingMessage, reason, null);
    }

    /** The one-request decision on a request as {@code shown}, binding all of it, not sent. */
    public DecisionRequest signDecision(IbKeyUser user, ChallengeContext shown, String decision, Integer number,
                                       String code) {
        return sign(user, shown, decision, number, code, null);
    }

    /** Signed headers of a challenge list call, not sent. */
    public SignedHeaders signListChallenges(IbKeyUser user) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return signed(IbKeyMessages.listChallenges(user.realm(), user.deviceHandle(), nonce, time), nonce, time);
    }

    /** Signed headers of a challenge read call, not sent. */
    public SignedHeaders signReadChallenge(IbKeyUser user, String challengeId) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return signed(IbKeyMessages.readChallenge(user.realm(), user.deviceHandle(), challengeId, nonce, time),
                nonce, time);
    }

    private ChallengeContext remember(ChallengeContext shown) {
        seen.put(shown.challengeId(), shown);
        return shown;
    }

    /** What the phone shows for {@code challengeId}: from the push or listing, else read from the server. */
    private ChallengeContext shown(IbKeyUser user, String challengeId) {
        ChallengeContext known = seen.get(challengeId);
        return known != null && user.realm().equals(known.realm()) && user.username().equals(known.username())
                ? known : read(user, challengeId);
    }

    private DecisionResult send(IbKeyUser user, ChallengeContext shown, DecisionRequest decision) {
        DecisionResult result = apiClient().sendDecision(user, shown.challengeId(), decision);
        seen.remove(shown.challengeId());
        return result;
    }

    /** The one signed decision on a request as shown: amount, payee, binding message and the whole digest. */
    private DecisionRequest sign(IbKeyUser user, ChallengeContext shown, String decision, Integer number, String code,
                                 String reason) {
        return sign(user, shown.challengeId(), decision, number, code, shown.amount(), shown.payee(),
                shown.bindingMessage(), reason, IbKeyMessages.shown(shown));
    }

    private DecisionRequest sign(IbKeyUser user, String challengeId, String decision, Integer number, String code,
                                 String amount, String payee, String bindingMessage, String reason, String shown) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        DeviceMessage message = IbKeyMessages.decision(user.realm(), user.deviceHandle(), challengeId, decision,
                number, code, amount, payee, bindingMessage, reason, shown, nonce, time);
        return new DecisionRequest(decision, number, code, amount, payee, bindingMessage, reason, nonce,
                time.getEpochSecond(), signer.sign(message), shown);
    }

    private SignedHeaders signed(DeviceMessage message, String nonce, Instant time) {
        return new SignedHeaders(time.getEpochSecond(), nonce, signer.sign(message));
    }

    private static Integer pick(List<Integer> choices, String fromLoginPage) {
        try {
            Integer picked = fromLoginPage == null ? null : Integer.valueOf(fromLoginPage.strip());
            if (picked != null && choices.contains(picked)) {
                return picked;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("pick the number shown on the login page, one of " + choices);
    }
}
