package dev.sls.temporary.login;

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
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.services.Urls;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Login with the helpdesk's temporary access: the temporary code, or the codes of the online code card at asked
 * index numbers. The page says until when it works and points to activating a permanent device. Wrong answers go
 * through {@code failureChallenge} (brute force, category {@code otp}).
 */
public final class TemporaryAccessAuthenticator extends DeviceAuthenticator<TemporaryAccessCredentialProvider> {

    static final String TEMPLATE = "sls-temporary-login.ftl";
    static final String INVALID = "slsTemporaryInvalid";
    static final String EXPIRED = "slsTemporaryChallengeExpired";
    private static final String POSITIONS_NOTE = "sls.temporary.login.positions";
    private static final int CHALLENGE_SECONDS = 300;
    private static final int MAX_FIELD = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    TemporaryAccessAuthenticator() {
        super(TemporaryAccessCredentialProvider.DEVICE);
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        Optional<TemporaryAccessCredentialModel> access = TemporaryAccessRetirement.usable(context.getSession(), context.getUser());
        if (access.isEmpty()) {
            context.attempted();
            return;
        }
        if (!WithdrawalGate.admits(context, TemporaryAccessCredentialModel.TYPE)) {
            return;
        }
        context.challenge(page(context, access.get(), null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        Optional<TemporaryAccessCredentialModel> found = TemporaryAccessRetirement.usable(context.getSession(), context.getUser());
        if (found.isEmpty()) {
            context.failure(AuthenticationFlowError.CREDENTIAL_SETUP_REQUIRED);
            return;
        }
        if (!WithdrawalGate.admits(context, TemporaryAccessCredentialModel.TYPE)) {
            return;
        }
        TemporaryAccessCredentialModel access = found.get();
        context.getEvent().detail(Details.CREDENTIAL_TYPE, TemporaryAccessCredentialModel.TYPE)
                .detail(Details.SELECTED_CREDENTIAL_ID, access.getId());
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
        if (Lockout.isLockedOut(context)) {
            context.getEvent().user(context.getUser()).error(Errors.USER_TEMPORARILY_DISABLED);
            context.challenge(page(context, access, INVALID));
            return;
        }
        if (context.getUser().credentialManager().isValid(answer)) {
            context.getEvent().detail("sls_temporary_expires", Instant.ofEpochSecond(access.data().getExpiresAt()).toString());
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
            context.getAuthenticationSession().setAuthNote(POSITIONS_NOTE, access.getId() + "|" + positions.format()
                    + "|" + (Time.currentTime() + CHALLENGE_SECONDS));
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
        String note = authSession.getAuthNote(POSITIONS_NOTE);
        authSession.removeAuthNote(POSITIONS_NOTE);
        String[] parts = note == null ? new String[0] : note.split("\\|", -1);
        if (parts.length != 3 || !parts[0].equals(access.getId())) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(parts[2]) <= Time.currentTime()) {
                return Optional.empty();
            }
            return Optional.of(RandomPositions.parse(parts[1], access.data().getCells()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
