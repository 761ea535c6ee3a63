package dev.sls.codecard.issue;

import dev.sls.binding.BindingGate;
import dev.sls.binding.Bindings;
import dev.sls.binding.history.HistoryEntry;
import dev.sls.binding.history.HistoryEvent;
import dev.sls.codecard.credential.CodeCardAnswer;
import dev.sls.codecard.credential.CodeCardCredentialModel;
import dev.sls.codecard.credential.CodeCardCredentialProvider;
import dev.sls.codecard.login.CodeCardForm;
import dev.sls.codecard.protocol.CodeCard;
import dev.sls.codecard.protocol.CodeCardHasher;
import dev.sls.codecard.protocol.IndexChallenge;
import dev.sls.core.challenge.BoundChallenge;
import dev.sls.level.EnrolledDevice;
import dev.sls.sharing.ShareDeviceActionFactory;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.CredentialRegistrator;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Issues a Security Code Card: shows a new card once, printable, then asks for the codes at random
 * index numbers of it and only then stores it, replacing any earlier card.
 */
public final class IssueCodeCardAction implements RequiredActionProvider, CredentialRegistrator {

    static final String CARD_TEMPLATE = "sls-code-card-issue.ftl";
    static final String ACTIVATE_TEMPLATE = "sls-code-card-activate.ftl";
    static final String STEP_FIELD = "sls-step";
    static final String STEP_PRINTED = "printed";
    static final String STEP_NEW_CARD = "new-card";
    static final String STEP_SHARE = "share";
    static final int MAX_ACTIVATION_FAILURES = 5;
    private static final String PENDING_ID = "pending";
    private static final int ACTIVATION_LIFETIME_SECONDS = 600;

    private static final BoundChallenge NOTE = BoundChallenge.inNote("sls.code-card.activation.challenge");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Added by the code-card authenticator when a user without a card logs in, or by an admin.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (BindingGate.refuses(context, CodeCardCredentialModel.TYPE)) {
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<CodeCard> pending = PendingCard.read(authSession);
        if (pending.isPresent() && PendingCard.wasShown(authSession)) {
            showActivation(context, pending.get(), null);
        } else {
            showCard(context, pending.orElseGet(() -> startNewCard(context)), null);
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if (BindingGate.refuses(context, CodeCardCredentialModel.TYPE)) {
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String step = form.getFirst(STEP_FIELD);
        if (STEP_SHARE.equals(step) && authSession.getClientNote(Constants.KC_ACTION) == null) {
            // "I already have access to a Secure Login Device under a different username": the sharing procedure
            // gives this person a device instead of a new card.
            PendingCard.clear(authSession);
            authSession.addRequiredAction(ShareDeviceActionFactory.PROVIDER_ID);
            context.success();
            return;
        }
        Optional<CodeCard> pending = PendingCard.read(authSession);
        if (pending.isEmpty() || STEP_NEW_CARD.equals(step)) {
            showCard(context, startNewCard(context), pending.isEmpty() ? "slsCodeCardSessionRestarted" : null);
            return;
        }
        CodeCard card = pending.get();
        if (STEP_PRINTED.equals(step) || !PendingCard.wasShown(authSession)) {
            PendingCard.markShown(authSession);
            showActivation(context, card, null);
            return;
        }
        Optional<IndexChallenge> challenge = NOTE.take(authSession, PENDING_ID)
                .flatMap(stored -> CodeCardForm.asked(stored, card.spec()));
        if (challenge.isEmpty()) {
            showActivation(context, card, "slsCodeCardChallengeExpired");
            return;
        }
        CodeCardAnswer answer = new CodeCardAnswer(PENDING_ID, challenge.get(), CodeCardForm.readCodes(form, challenge.get()));
        if (!matches(card, answer)) {
            context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL_ERROR)
                    .detail(Details.CREDENTIAL_TYPE, CodeCardCredentialModel.TYPE).error(Errors.INVALID_USER_CREDENTIALS);
            if (PendingCard.recordFailure(authSession) >= MAX_ACTIVATION_FAILURES) {
                showCard(context, startNewCard(context), "slsCodeCardActivationRestarted");
            } else {
                showActivation(context, card, "slsCodeCardInvalid");
            }
            return;
        }
        activate(context, card);
    }

    private void activate(RequiredActionContext context, CodeCard card) {
        CodeCardIssueConfig config = CodeCardIssueConfig.from(context.getConfig());
        CodeCardCredentialModel credential = CodeCardCredentialModel.create(card,
                new CodeCardHasher(config.hashIterations()), RANDOM, null);
        CodeCardCredentialProvider provider = provider(context.getSession());
        CredentialModel stored = provider.replaceAll(context.getRealm(), context.getUser(), credential);
        Bindings.bound(context.getSession(), context.getRealm(), context.getUser(), provider.device().displayNameKey(),
                HistoryEntry.of(HistoryEvent.ACTIVATED, CodeCardCredentialModel.TYPE, stored.getId(),
                        stored.getUserLabel(), "card-codes"));
        PendingCard.clear(context.getAuthenticationSession());
        EnrolledDevice.record(context, CodeCardCredentialModel.TYPE, stored.getId(), List.of());
        context.getEvent().clone().event(EventType.UPDATE_CREDENTIAL)
                .detail(Details.CREDENTIAL_TYPE, CodeCardCredentialModel.TYPE)
                .detail(Details.CREDENTIAL_ID, stored.getId()).success();
        context.success();
    }

    private static boolean matches(CodeCard card, CodeCardAnswer answer) {
        boolean all = true;
        for (int index : answer.getChallenge().indexes()) {
            byte[] typed = answer.codeFor(index).getBytes(StandardCharsets.US_ASCII);
            all &= MessageDigest.isEqual(typed, card.codeAt(index).getBytes(StandardCharsets.US_ASCII));
        }
        return all;
    }

    private static CodeCard startNewCard(RequiredActionContext context) {
        CodeCard card = CodeCard.generate(CodeCardIssueConfig.from(context.getConfig()).spec(), RANDOM);
        PendingCard.start(context.getAuthenticationSession(), card);
        NOTE.clear(context.getAuthenticationSession());
        return card;
    }

    private static void showCard(RequiredActionContext context, CodeCard card, String message) {
        var form = context.form().setAttribute(CodeCardSheet.ATTRIBUTE,
                new CodeCardSheet(card, context.getUser().getUsername()));
        if (message != null) {
            form.setError(message);
        }
        context.challenge(form.createForm(CARD_TEMPLATE));
    }

    private static void showActivation(RequiredActionContext context, CodeCard card, String error) {
        CodeCardIssueConfig config = CodeCardIssueConfig.from(context.getConfig());
        IndexChallenge challenge = CodeCardForm.draw(card.spec(), config.activationPositions());
        NOTE.issue(context.getAuthenticationSession(), PENDING_ID, challenge.format(), ACTIVATION_LIFETIME_SECONDS);
        context.challenge(CodeCardForm.render(context.form(), ACTIVATE_TEMPLATE, challenge, card.codeLength(), error));
    }

    private static CodeCardCredentialProvider provider(KeycloakSession session) {
        return (CodeCardCredentialProvider) session.getProvider(CredentialProvider.class, CodeCardCredentialModel.TYPE);
    }

    @Override
    public String getCredentialType(KeycloakSession session, AuthenticationSessionModel authenticationSession) {
        return CodeCardCredentialModel.TYPE;
    }

    @Override
    public void close() {
        // stateless
    }
}
