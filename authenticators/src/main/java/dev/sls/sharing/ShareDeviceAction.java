package dev.sls.sharing;

import dev.sls.binding.BindingSettings;
import dev.sls.binding.DeviceProof;
import dev.sls.core.challenge.BoundChallenge;
import dev.sls.core.device.SuspendedDevices;
import dev.sls.core.login.Lockout;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.List;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.common.util.Time;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * {@code kc_action=sls-share-device}: the seeds' "How to Share a Security Device", run by the requesting user. The
 * device owner's username and password (checked like a login: a wrong one counts on the owner, one answer for an
 * unknown user, a wrong password and a locked account), then the owner's most secure physical device answers its
 * challenge (a wrong response counts on the requester), then the prerequisites, the review, and the status: approved
 * at once or pending a compliance officer. {@code kc_action=sls-share-device:cancel} ends a share.
 *
 * <p>A requester who holds a device of their own needs a recent login with it: the password alone never shares.
 */
final class ShareDeviceAction implements RequiredActionProvider {

    static final String STEP = "sls-step";
    static final String OWNER_USERNAME = "sls-owner-username";
    static final String OWNER_PASSWORD = "sls-owner-password";
    static final String CANCEL_PARAMETER = "cancel";
    private static final String OWNER_NOTE = "sls.share.owner";
    private static final String PROVED_NOTE = "sls.share.proved";
    private static final BoundChallenge CHALLENGE = BoundChallenge.inNote("sls.share.challenge");
    private static final int CHALLENGE_LIFETIME = 300;
    private static final int MAX_USERNAME = 255;
    private static final int MAX_PASSWORD = 1024;

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // started by the person (application-initiated) or by the enrolment page
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (cancelling(context)) {
            ShareCancel.show(context);
            return;
        }
        if (existing(context) || needsDevice(context)) {
            return;
        }
        clearNotes(context.getAuthenticationSession());
        context.challenge(SharePage.owner().render(context.form(), null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String step = form.getFirst(STEP);
        if ("done".equals(step)) {
            clearNotes(context.getAuthenticationSession());
            context.success();
            return;
        }
        if (cancelling(context)) {
            ShareCancel.process(context, step);
            return;
        }
        if (existing(context) || needsDevice(context)) {
            return;
        }
        switch (step == null ? "" : step) {
            case "owner" -> owner(context, form);
            case "response" -> response(context, form);
            case "confirm" -> confirm(context);
            default -> context.challenge(SharePage.owner().render(context.form(), null));
        }
    }

    private static boolean cancelling(RequiredActionContext context) {
        return CANCEL_PARAMETER.equals(context.getAuthenticationSession().getClientNote(Constants.KC_ACTION_PARAMETER));
    }

    /** A requester with a pending or approved share sees its state; one at a time. */
    private static boolean existing(RequiredActionContext context) {
        Optional<Share> share = Shares.of(context.getUser()).filter(s -> s.state() != Share.State.REJECTED);
        if (share.isEmpty()) {
            return false;
        }
        context.challenge(status(share.get()).render(context.form(), null));
        return true;
    }

    static SharePage status(Share share) {
        return new SharePage("status", null, share.deviceType() + "-display-name", null, share.state().wireName());
    }

    /** A requester holding an active device of their own must have logged in with it recently. */
    private static boolean needsDevice(RequiredActionContext context) {
        if (!holdsDevice(context.getUser()) || recentlyProved(context)) {
            return false;
        }
        context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Constants.KC_ACTION, ShareDeviceActionFactory.PROVIDER_ID)
                .detail(SharingEvents.REFUSAL, "needs-device").error(SharingEvents.REFUSED);
        var form = context.form();
        form.setError("slsShareNeedsDevice",
                BindingSettings.maxAgeInWords(context.getSession(), context.getRealm(), context.getUser()));
        context.challenge(form.createErrorPage(Response.Status.FORBIDDEN));
        return true;
    }

    static boolean holdsDevice(UserModel user) {
        return user.credentialManager().getStoredCredentialsStream()
                .anyMatch(c -> c.getType().startsWith("sls-") && !SuspendedDevices.isSuspended(user, c.getId()));
    }

    static boolean recentlyProved(RequiredActionContext context) {
        return DeviceProof.of(context.getSession(), context.getRealm(), context.getAuthenticationSession(),
                        context.getUser())
                .filter(proof -> proof.recentWithin(BindingSettings.maxAgeSeconds(context.getRealm()))).isPresent();
    }

    private static void owner(RequiredActionContext context, MultivaluedMap<String, String> form) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel requester = context.getUser();
        clearNotes(context.getAuthenticationSession());
        String username = form.getFirst(OWNER_USERNAME);
        String password = form.getFirst(OWNER_PASSWORD);
        UserModel owner = username == null || username.isBlank() || username.length() > MAX_USERNAME ? null
                : session.users().getUserByUsername(realm, username.strip());
        boolean answerable = owner != null && !owner.getId().equals(requester.getId()) && owner.isEnabled()
                && !Lockout.isBruteForceLocked(session, realm, owner);
        boolean right = answerable && password != null && !password.isEmpty() && password.length() <= MAX_PASSWORD
                && owner.credentialManager().isValid(UserCredentialModel.password(password));
        if (!right) {
            if (answerable) {
                Lockout.recordFailure(session, realm, owner, PasswordCredentialModel.TYPE);
            }
            SharingEvents.refused(context, owner, "owner-credentials", Errors.INVALID_USER_CREDENTIALS);
            context.challenge(SharePage.owner().render(context.form(), "slsShareOwnerInvalid"));
            return;
        }
        SharingRules.Candidate candidate = SharingRules.deviceToShare(session, realm, owner);
        if (candidate.refusal() != null) {
            SharingEvents.refused(context, owner, candidate.refusal().code(), SharingEvents.REFUSED);
            context.challenge(SharePage.owner().render(context.form(), candidate.refusal().messageKey()));
            return;
        }
        SharableDevices.Held device = candidate.device();
        context.getAuthenticationSession().setAuthNote(OWNER_NOTE,
                owner.getId() + "|" + device.device().getId() + "|" + device.kind().credentialType());
        context.challenge(challengePage(context, owner, device, null));
    }

    private static Response challengePage(RequiredActionContext context, UserModel owner, SharableDevices.Held device,
                                          String error) {
        SharableDevice.Challenge challenge = device.kind().challenge(context.getSession(), context.getRealm(),
                device.device());
        CHALLENGE.issue(context.getAuthenticationSession(), device.device().getId(), challenge.stored(),
                CHALLENGE_LIFETIME);
        return new SharePage("challenge", SharedDevices.masked(owner.getUsername()),
                device.kind().credentialType() + "-display-name", challenge, null).render(context.form(), error);
    }

    private static void response(RequiredActionContext context, MultivaluedMap<String, String> form) {
        Optional<Chosen> chosen = chosen(context);
        if (chosen.isEmpty()) {
            context.challenge(SharePage.owner().render(context.form(), "slsShareStartOver"));
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel requester = context.getUser();
        Chosen pick = chosen.get();
        Optional<String> stored = CHALLENGE.take(context.getAuthenticationSession(), pick.device().device().getId());
        if (stored.isEmpty()) {
            context.challenge(challengePage(context, pick.owner(), pick.device(), "slsShareChallengeExpired"));
            return;
        }
        boolean locked = !requester.isEnabled() || Lockout.isBruteForceLocked(session, realm, requester);
        boolean right = !locked && pick.device().kind().verify(session, realm, pick.owner(), pick.device().device(),
                stored.get(), form);
        if (!right) {
            if (!locked) {
                Lockout.recordFailure(session, realm, requester);
            }
            SharingEvents.refused(context, pick.owner(), "device-response", Errors.INVALID_USER_CREDENTIALS);
            context.challenge(challengePage(context, pick.owner(), pick.device(), "slsShareResponseInvalid"));
            return;
        }
        Optional<SharingRules.Refusal> refusal = SharingRules.check(session, realm, requester, pick.owner(),
                pick.device());
        if (refusal.isPresent()) {
            clearNotes(context.getAuthenticationSession());
            SharingEvents.refused(context, pick.owner(), refusal.get().code(), SharingEvents.REFUSED);
            context.challenge(SharePage.owner().render(context.form(), refusal.get().messageKey()));
            return;
        }
        context.getAuthenticationSession().setAuthNote(PROVED_NOTE,
                context.getAuthenticationSession().getAuthNote(OWNER_NOTE));
        context.challenge(new SharePage("review", SharedDevices.masked(pick.owner().getUsername()),
                pick.device().kind().credentialType() + "-display-name", null, null).render(context.form(), null));
    }

    private static void confirm(RequiredActionContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        String proved = authSession.getAuthNote(PROVED_NOTE);
        Optional<Chosen> chosen = chosen(context);
        if (proved == null || chosen.isEmpty() || !proved.equals(authSession.getAuthNote(OWNER_NOTE))) {
            clearNotes(authSession);
            context.challenge(SharePage.owner().render(context.form(), "slsShareStartOver"));
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel requester = context.getUser();
        Chosen pick = chosen.get();
        Optional<SharingRules.Refusal> refusal = SharingRules.check(session, realm, requester, pick.owner(),
                pick.device());
        if (refusal.isPresent()) {
            clearNotes(authSession);
            SharingEvents.refused(context, pick.owner(), refusal.get().code(), SharingEvents.REFUSED);
            context.challenge(SharePage.owner().render(context.form(), refusal.get().messageKey()));
            return;
        }
        Share share = Shares.request(requester, Share.requested(pick.owner().getId(), pick.device().device().getId(),
                pick.device().kind().credentialType(), Time.currentTime()));
        if (!SharingSettings.needsApproval(realm)) {
            share = Shares.approve(session, realm, requester, pick.owner(), share, ownDevices(session, realm, requester),
                    null);
        }
        clearNotes(authSession);
        SharingEvents.changed(context.getEvent().clone(), requester, share, null);
        ShareNotices.tell(session, realm, requester, pick.owner(), share);
        context.challenge(status(share).render(context.form(), null));
    }

    /** The requester's own physical devices, which an approved share suspends. */
    static List<String> ownDevices(KeycloakSession session, RealmModel realm, UserModel requester) {
        return SharableDevices.held(session, realm, requester).stream().map(held -> held.device().getId()).toList();
    }

    /** The owner and device chosen on the owner step, if both still stand as they were. */
    private static Optional<Chosen> chosen(RequiredActionContext context) {
        String note = context.getAuthenticationSession().getAuthNote(OWNER_NOTE);
        String[] parts = note == null ? new String[0] : note.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        UserModel owner = context.getSession().users().getUserById(context.getRealm(), parts[0]);
        if (owner == null || !owner.isEnabled()) {
            return Optional.empty();
        }
        SharableDevices.Held held = SharingRules.deviceToShare(context.getSession(), context.getRealm(), owner)
                .device();
        return held != null && held.device().getId().equals(parts[1]) && held.kind().credentialType().equals(parts[2])
                ? Optional.of(new Chosen(owner, held)) : Optional.empty();
    }

    private static void clearNotes(AuthenticationSessionModel authSession) {
        authSession.removeAuthNote(OWNER_NOTE);
        authSession.removeAuthNote(PROVED_NOTE);
        CHALLENGE.clear(authSession);
    }

    private record Chosen(UserModel owner, SharableDevices.Held device) {
    }

    @Override
    public void close() {
        // stateless
    }
}
