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
import java.util.function.Supplier;

/**
 * The app's side of push login. The normal path is one signed request: the notification (or the listing, for an app
 * that polls) already carries everything the phone shows, and the decision binds all of it with its
 * {@link IbKeyMessages#shown} digest. A request the app has not seen is read first (offline catch-up, a missed push).
 */
final class PushDecisions {

    /** Requests seen in pushes and listings, by challenge id; the oldest are forgotten first. */
    private static final int REMEMBERED = 64;

    private final DeviceSigner signer;
    private final Supplier<DeviceApiClient> api;
    private final Map<String, ChallengeContext> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ChallengeContext> eldest) {
            return size() > REMEMBERED;
        }
    };

    PushDecisions(DeviceSigner signer, Supplier<DeviceApiClient> api) {
        this.signer = signer;
        this.api = api;
    }

    /** Remembers what a notification showed; the phone then decides with one request. */
    ChallengeContext receive(ChallengeContext shown) {
        seen.put(shown.challengeId(), shown);
        return shown;
    }

    ChallengeList pending(IbKeyUser user) {
        ChallengeList list = api.get().listChallenges(user, signList(user));
        list.challenges().stream().map(ChallengeSummary::context).filter(c -> c != null).forEach(this::receive);
        return list;
    }

    ChallengeContext read(IbKeyUser user, String challengeId) {
        return receive(api.get().readChallenge(user, challengeId, signRead(user, challengeId)));
    }

    /** What the phone shows for {@code challengeId}: from the push or listing, else read from the server. */
    ChallengeContext shown(IbKeyUser user, String challengeId) {
        ChallengeContext known = seen.get(challengeId);
        return known != null && user.realm().equals(known.realm()) && user.username().equals(known.username())
                ? known : read(user, challengeId);
    }

    DecisionResult approve(IbKeyUser user, ChallengeContext shown, String fromLoginPage) {
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
        return send(user, shown, sign(user, shown, IbKeyProtocol.APPROVE, number, code, null));
    }

    DecisionResult deny(IbKeyUser user, ChallengeContext shown, String reason) {
        return send(user, shown, sign(user, shown, IbKeyProtocol.DENY, null, null, reason));
    }

    private DecisionResult send(IbKeyUser user, ChallengeContext shown, DecisionRequest decision) {
        DecisionResult result = api.get().sendDecision(user, shown.challengeId(), decision);
        seen.remove(shown.challengeId());
        return result;
    }

    /** The one signed decision on a request as shown: amount, payee, binding message and the whole digest. */
    DecisionRequest sign(IbKeyUser user, ChallengeContext shown, String decision, Integer number, String code,
                         String reason) {
        return sign(user, shown.challengeId(), decision, number, code, shown.amount(), shown.payee(),
                shown.bindingMessage(), reason, IbKeyMessages.shown(shown));
    }

    DecisionRequest sign(IbKeyUser user, String challengeId, String decision, Integer number, String code,
                         String amount, String payee, String bindingMessage, String reason, String shown) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        DeviceMessage message = IbKeyMessages.decision(user.realm(), user.deviceHandle(), challengeId, decision,
                number, code, amount, payee, bindingMessage, reason, shown, nonce, time);
        return new DecisionRequest(decision, number, code, amount, payee, bindingMessage, reason, nonce,
                time.getEpochSecond(), signer.sign(message), shown);
    }

    SignedHeaders signList(IbKeyUser user) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return signed(IbKeyMessages.listChallenges(user.realm(), user.deviceHandle(), nonce, time), nonce, time);
    }

    SignedHeaders signRead(IbKeyUser user, String challengeId) {
        String nonce = signer.nonce();
        Instant time = signer.now();
        return signed(IbKeyMessages.readChallenge(user.realm(), user.deviceHandle(), challengeId, nonce, time),
                nonce, time);
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
