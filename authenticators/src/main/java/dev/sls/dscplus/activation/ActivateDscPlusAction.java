package dev.sls.dscplus.activation;

import dev.sls.binding.BindingGate;
import dev.sls.binding.Bindings;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import dev.sls.core.challenge.BoundChallenge;
import dev.sls.core.event.EventDetails;
import dev.sls.core.pin.PinPolicy;
import dev.sls.core.pin.PinProblem;
import dev.sls.core.pin.PinProfile;
import dev.sls.dscplus.credential.DscPlusCredentialModel;
import dev.sls.dscplus.credential.DscPlusCredentialProvider;
import dev.sls.dscplus.credential.SeedSeal;
import dev.sls.dscplus.inventory.CardEntity;
import dev.sls.dscplus.login.DscPlusAuthenticator;
import dev.sls.dscplus.protocol.CardSerial;
import dev.sls.level.EnrolledDevice;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.keycloak.authentication.CredentialRegistrator;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * "Activate DSC+": the person types the serial printed on the back of the card, chooses the card's 4-digit PIN
 * (for suites that compute with it) and proves they hold the card with one response; only then is it their DSC+.
 */
public final class ActivateDscPlusAction implements RequiredActionProvider, CredentialRegistrator {

    static final String SERIAL_TEMPLATE = "sls-dscplus-serial.ftl";
    static final String PROVE_TEMPLATE = "sls-dscplus-activate.ftl";
    static final String STEP_FIELD = "sls-step";
    static final String SERIAL_FIELD = "sls-serial";
    static final String PIN_FIELD = "sls-pin";
    static final String PIN_CONFIRM_FIELD = "sls-pin-confirm";
    static final String RESPONSE_FIELD = "sls-response";
    static final int MAX_FAILURES = 5;
    private static final String CARD_NOTE = "sls.dscplus.activation.card";
    private static final String FAILURES_NOTE = "sls.dscplus.activation.failures";
    private static final BoundChallenge NOTE = BoundChallenge.inNote("sls.dscplus.activation.challenge");

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Added when the helpdesk assigns a card, or asked for by the person (account console, kc_action).
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (BindingGate.refuses(context, DscPlusCredentialModel.TYPE)) {
            return;
        }
        Optional<CardEntity> card = pendingCard(context);
        if (card.isPresent()) {
            ActivationPages.prove(context, card.get(), NOTE, null);
        } else {
            ActivationPages.serial(context, null);
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (BindingGate.refuses(context, DscPlusCredentialModel.TYPE)) {
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if ("serial".equals(form.getFirst(STEP_FIELD)) || "restart".equals(form.getFirst(STEP_FIELD))) {
            authSession.removeAuthNote(CARD_NOTE);
            if ("restart".equals(form.getFirst(STEP_FIELD))) {
                ActivationPages.serial(context, null);
            } else {
                acceptSerial(context, form.getFirst(SERIAL_FIELD));
            }
            return;
        }
        Optional<CardEntity> card = pendingCard(context);
        if (card.isEmpty()) {
            ActivationPages.serial(context, null);
            return;
        }
        prove(context, card.get(), form);
    }

    private void acceptSerial(RequiredActionContext context, String typed) {
        Optional<String> serial = CardSerial.canonical(typed);
        if (serial.isEmpty()) {
            ActivationPages.serial(context, "slsDscPlusSerialFormat");
            return;
        }
        DscPlusActivationConfig config = DscPlusActivationConfig.from(context.getConfig());
        Optional<CardEntity> card = binding(context).find(serial.get(), config.selfAssignment());
        if (card.isEmpty()) {
            // One answer for unknown serials and for cards of someone else: nothing is revealed about either.
            context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL_ERROR)
                    .detail(Details.CREDENTIAL_TYPE, DscPlusCredentialModel.TYPE).error(Errors.INVALID_INPUT);
            ActivationPages.serial(context, "slsDscPlusSerialUnknown");
            return;
        }
        context.getAuthenticationSession().setAuthNote(CARD_NOTE, card.get().getId());
        context.getAuthenticationSession().removeAuthNote(FAILURES_NOTE);
        ActivationPages.prove(context, card.get(), NOTE, null);
    }

    private void prove(RequiredActionContext context, CardEntity card, MultivaluedMap<String, String> form) {
        Optional<String> challenge = NOTE.take(context.getAuthenticationSession(), card.getId())
                .filter(DscPlusAuthenticator::wellFormed);
        if (challenge.isEmpty()) {
            ActivationPages.prove(context, card, NOTE, "slsDscPlusChallengeExpired");
            return;
        }
        boolean pinInSuite = ActivationPages.pinInComputation(card);
        String pin = pinInSuite ? form.getFirst(PIN_FIELD) : null;
        if (pinInSuite) {
            Optional<String> refused = pinRefusal(context.getUser(), pin, form.getFirst(PIN_CONFIRM_FIELD));
            if (refused.isPresent()) {
                ActivationPages.prove(context, card, NOTE, refused.get());
                return;
            }
        }
        SeedSeal seal = provider(context.getSession()).seal().orElse(null);
        String typed = form.getFirst(RESPONSE_FIELD);
        CardBinding binding = binding(context);
        if (seal == null || typed == null || typed.length() > 32
                || !binding.proves(seal, card, pin, challenge.get(), typed.replaceAll("[\\s-]", ""))) {
            context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL_ERROR)
                    .detail(Details.CREDENTIAL_TYPE, DscPlusCredentialModel.TYPE).error(Errors.INVALID_USER_CREDENTIALS);
            if (recordFailure(context.getAuthenticationSession()) >= MAX_FAILURES) {
                context.getAuthenticationSession().removeAuthNote(CARD_NOTE);
                ActivationPages.serial(context, "slsDscPlusActivationRestarted");
            } else {
                ActivationPages.prove(context, card, NOTE, "slsDscPlusResponseInvalid");
            }
            return;
        }
        CredentialModel stored = binding.activate(seal, card, pin);
        Bindings.bound(context.getSession(), context.getRealm(), context.getUser(),
                provider(context.getSession()).device().displayNameKey(),
                HistoryEntry.of(HistoryEvent.ACTIVATED, DscPlusCredentialModel.TYPE, stored.getId(),
                        stored.getUserLabel(), "card-response"));
        context.getAuthenticationSession().removeAuthNote(CARD_NOTE);
        context.getAuthenticationSession().removeAuthNote(FAILURES_NOTE);
        EnrolledDevice.record(context, DscPlusCredentialModel.TYPE, stored.getId(), List.of());
        context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL)
                .detail(Details.CREDENTIAL_TYPE, DscPlusCredentialModel.TYPE)
                .detail(Details.CREDENTIAL_ID, stored.getId()).detail(EventDetails.CARD_SERIAL, card.getSerial()).success();
        context.success();
    }

    /** The message key of the first rule the chosen PIN breaks, or of a mismatch with its confirmation. */
    static Optional<String> pinRefusal(UserModel user, String pin, String confirmation) {
        List<String> words = Stream.of(user.getUsername(), user.getFirstName(), user.getLastName())
                .filter(w -> w != null && !w.isBlank()).toList();
        Set<PinProblem> problems = PinPolicy.check(PinProfile.DSC_PLUS, pin, words);
        if (!problems.isEmpty()) {
            return Optional.of(problems.iterator().next().messageKey());
        }
        return pin.equals(confirmation) ? Optional.empty() : Optional.of("slsDscPlusPinMismatch");
    }

    private static int recordFailure(AuthenticationSessionModel authSession) {
        String previous = authSession.getAuthNote(FAILURES_NOTE);
        int failures = (previous == null || !previous.matches("\\d{1,2}") ? 0 : Integer.parseInt(previous)) + 1;
        authSession.setAuthNote(FAILURES_NOTE, Integer.toString(failures));
        return failures;
    }

    private Optional<CardEntity> pendingCard(RequiredActionContext context) {
        String cardId = context.getAuthenticationSession().getAuthNote(CARD_NOTE);
        return cardId == null ? Optional.empty() : binding(context).byId(cardId)
                .filter(card -> card.getUserId() == null || card.getUserId().equals(context.getUser().getId()));
    }

    private static CardBinding binding(RequiredActionContext context) {
        return new CardBinding(provider(context.getSession()), context.getRealm(), context.getUser());
    }

    private static DscPlusCredentialProvider provider(KeycloakSession session) {
        return (DscPlusCredentialProvider) session.getProvider(CredentialProvider.class, DscPlusCredentialModel.TYPE);
    }

    @Override
    public String getCredentialType(KeycloakSession session, AuthenticationSessionModel authenticationSession) {
        return DscPlusCredentialModel.TYPE;
    }

    @Override
    public void close() {
        // stateless
    }
}
