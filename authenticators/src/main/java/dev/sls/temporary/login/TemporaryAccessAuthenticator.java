package dev.sls.temporary.login;

import dev.sls.core.challenge.BoundChallenge;
import dev.sls.core.event.EventDetails;
import dev.sls.core.grid.RandomPositions;
import dev.sls.core.login.DeviceAuthenticator;
import dev.sls.core.login.LocalFormats;
import dev.sls.core.login.Lockout;
import dev.sls.withdrawal.WithdrawalGate;
import dev.sls.temporary.credential.TemporaryAccessAnswer;
import dev.sls.temporary.credential.TemporaryAccessCredentialModel;
import dev.sls.temporary.credential.TemporaryAccessCredentialProvider;
import dev.sls.temporary.credential.TemporaryAccessKind;
import dev.sls.temporary.protocol.OnlineCodeCard;
import dev.sls.temporary.protocol.TemporaryCode;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Login with the helpdesk's temporary access: the temporary code, or the codes of the online code card at asked
 * index numbers. The page says until when it works and points to activating a permanent device. Wrong answers go
 * through {@code failureChallenge} (brute force, category {@code otp}).
 */
public final class TemporaryAccessAuthenticator
        extends DeviceAuthenticator<TemporaryAccessCredentialProvider, TemporaryAccessCredentialModel> {

    static final String TEMPLATE = "sls-temporary-login.ftl";
    static final String INVALID = "slsTemporaryInvalid";
    static final String EXPIRED = "slsTemporaryChallengeExpired";
    private static final BoundChallenge POSITIONS = BoundChallenge.inNote("sls.temporary.login.positions");
    private static final int CHALLENGE_SECONDS = 300;
    private static final int MAX_FIELD = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    TemporaryAccessAuthenticator() {
        super(TemporaryAccessCredentialProvider.DEVICE, WithdrawalGate::admits);
    }

    @Override
    protected Optional<TemporaryAccessCredentialModel> activeCredential(AuthenticationFlowContext context) {
        return TemporaryAccessRetirement.usable(context.getSession(), context.getUser());
    }

    @Override
    protected String credentialId(TemporaryAccessCredentialModel access) {
        return access.getId();
    }

    /** Without a usable temporary access the step is skipped: the flow offers the person's other devices. */
    @Override
    protected void noActiveCredential(AuthenticationFlowContext context) {
        context.attempted();
    }

    @Override
    protected void showChallenge(AuthenticationFlowContext context, TemporaryAccessCredentialModel access) {
        context.challenge(page(context, access, null));
    }

    @Override
    protected void verifyPost(AuthenticationFlowContext context, TemporaryAccessCredentialModel access) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        TemporaryAccessAnswer answer;
        if (access.kind() == TemporaryAccessKind.GRID) {
            Optional<RandomPositions> asked = takePositions(context.getAuthenticationSession(), access);
            if (asked.isEmpty()) {
                context.challenge(page(context, access, EXPIRED));
                return;
            }
            Map<Integer, String> cells = new HashMap<>();
            for (int index : asked.get().list()) {
                String typed = form.getFirst(TemporaryAccessForm.CELL_PREFIX + index);
                if (typed != null && typed.length() <= MAX_FIELD) {
                    cells.put(index, typed);
                }
            }
            answer = TemporaryAccessAnswer.cells(access.getId(), asked.get().list(), cells);
        } else {
            answer = TemporaryAccessAnswer.code(access.getId(),
                    TemporaryCode.normalise(form.getFirst(TemporaryAccessForm.CODE_FIELD)).orElse(""));
        }
        if (Lockout.refuses(context, () -> page(context, access, INVALID))) {
            return;
        }
        if (context.getUser().credentialManager().isValid(answer)) {
            context.getEvent().detail(EventDetails.TEMPORARY_EXPIRES, Instant.ofEpochSecond(access.data().getExpiresAt()).toString());
            WithdrawalGate.confirmAndRecord(context, TemporaryAccessCredentialModel.TYPE);
            return;
        }
        context.getEvent().user(context.getUser()).error(Errors.INVALID_USER_CREDENTIALS);
        context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, page(context, access, INVALID));
    }

    private Response page(AuthenticationFlowContext context, TemporaryAccessCredentialModel access, String error) {
        List<Integer> indexes = List.of();
        if (access.kind() == TemporaryAccessKind.GRID) {
            RandomPositions positions = RandomPositions.draw(access.data().getCells(), OnlineCodeCard.ASKED, RANDOM);
            POSITIONS.issue(context.getAuthenticationSession(), access.getId(), positions.format(), CHALLENGE_SECONDS);
            indexes = positions.list();
        }
        long expiresAt = access.data().getExpiresAt();
        long hoursLeft = Math.max(1, (expiresAt - Time.currentTime() + 3599) / 3600);
        String account = Urls.accountBase(context.getUriInfo().getBaseUri()).path("/")
                .build(context.getRealm().getName()).toString() + "account-security/signing-in";
        LocalFormats formats = LocalFormats.of(context);
        var form = context.form().setAttribute(TemporaryAccessForm.ATTRIBUTE, new TemporaryAccessForm(
                access.kind() == TemporaryAccessKind.GRID, indexes, Instant.ofEpochSecond(expiresAt).toString(),
                hoursLeft, account, formats.dateTime(Instant.ofEpochSecond(expiresAt)),
                formats.waitFor(java.time.Duration.ofSeconds(Math.max(1, expiresAt - Time.currentTime())))));
        if (error != null) {
            form.setError(error);
        }
        return form.createForm(TEMPLATE);
    }

    private static Optional<RandomPositions> takePositions(AuthenticationSessionModel authSession,
                                                          TemporaryAccessCredentialModel access) {
        try {
            return POSITIONS.take(authSession, access.getId())
                    .map(stored -> RandomPositions.parse(stored, access.data().getCells()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
