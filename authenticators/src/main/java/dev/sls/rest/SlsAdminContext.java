package dev.sls.rest;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * What an SLS admin area gets for one request: the realm, who calls, and the admin-event recorder. Every call is
 * recorded as a Keycloak admin event ({@link #audited}): in the call's transaction when it succeeds, in a
 * transaction of its own when it is refused (the call's own is rolled back). Representations never hold secrets.
 */
public record SlsAdminContext(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth,
                              AdminEventBuilder adminEvent) {

    private static final Logger LOG = Logger.getLogger(SlsAdminContext.class);
    private static final int MAX_ID = 36;
    private static final int MAX_USERNAME = 255;

    /** The admin's user name, as card histories and temporary access record it. */
    public String actor() {
        return auth.adminAuth().getUser().getUsername();
    }

    /**
     * The person this call acts on, once the caller may act on them ({@link SlsAdminAccess#requireMayActOn}): every
     * area looks its person up and passes them through here.
     */
    public UserModel target(UserModel user) {
        SlsAdminAccess.requireMayActOn(auth, realm, user);
        return user;
    }

    /**
     * The user of this realm a call acts on, named by id or by username: an id is tried first, then a username (a
     * username that happens to equal another user's id therefore names that other user; ids are generated UUIDs).
     * Every area looks users up here, so that the rules on whom the caller may act on are kept in this one place.
     *
     * @throws ApiException {@code user_not_found} (404) when no user of the realm has this id or username
     */
    public UserModel targetUser(String idOrUsername) {
        UserModel user = null;
        if (idOrUsername != null && !idOrUsername.isBlank() && idOrUsername.length() <= MAX_USERNAME) {
            if (idOrUsername.length() <= MAX_ID) {
                user = session.users().getUserById(realm, idOrUsername);
            }
            if (user == null) {
                user = session.users().getUserByUsername(realm, idOrUsername);
            }
        }
        if (user == null) {
            throw new ApiException(SlsAdminErrorCode.USER_NOT_FOUND, "No such user (give a user id or a username).");
        }
        return target(user);
    }

    /** The call's JSON body bound to its record (see {@link SlsAdminCall}); at most 16 KiB, required. */
    public <T> T body(String body, Class<T> type) {
        return AdminBodies.read(body, JsonResponses.MAX_BODY_LENGTH, type, null);
    }

    /** As {@link #body(String, Class)} with a size limit of its own, or {@code empty} when no body is sent. */
    public <T> T body(String body, int limit, Class<T> type, T empty) {
        return AdminBodies.read(body, limit, type, empty);
    }

    /** A path segment from the request as an admin event's resource path may hold it (no odd characters, bounded). */
    public static String pathPart(String segment) {
        String clean = segment == null ? "" : segment.replaceAll("[^A-Za-z0-9._@-]", "");
        return clean.length() <= 64 ? clean : clean.substring(0, 64);
    }

    /**
     * Runs one admin call. {@code resourceType} names what it acts on (e.g. {@code SLS_DSC_PLUS_CARD}); the call's
     * answer says what to record.
     */
    public Response audited(String resourceType, OperationType operation, String path,
                                               Supplier<AuditedAnswer> call) {
        try {
            AuditedAnswer answer = call.get();
            record(adminEvent.clone(session), resourceType, operation, path, answer.representation(), null);
            return answer.response();
        } catch (ApiException e) {
            session.getTransactionManager().setRollbackOnly();
            recordRefusal(resourceType, operation, path, e.code().code());
            return JsonResponses.error(e.code(), e.getMessage());
        } catch (RefusedWithBody e) {
            session.getTransactionManager().setRollbackOnly();
            recordRefusal(resourceType, operation, path, e.code());
            return e.response();
        }
    }

    private void recordRefusal(String resourceType, OperationType operation, String path, String error) {
        try {
            KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
                own.getContext().setRealm(own.realms().getRealm(realm.getId()));
                record(adminEvent.clone(own).realm(own.getContext().getRealm()), resourceType, operation, path,
                        Map.of("error", error), error);
            });
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the refused SLS admin call %s %s: %s", operation, path, e.getMessage());
        }
    }

    private static void record(AdminEventBuilder event, String resourceType, OperationType operation, String path,
                               Object representation, String error) {
        event.operation(operation).resource(resourceType).resourcePath(path).representation(representation);
        if (error != null) {
            event.getEvent().setError(error);
        }
        event.success();
    }

    /** An answer and what the admin event records of it. */
    public record AuditedAnswer(Response response, Object representation) { }

    /** A refusal that answers with its own body (for example an import report naming each bad key package). */
    public static final class RefusedWithBody extends RuntimeException {

        private final transient Response response;
        private final String code;

        public RefusedWithBody(String code, Response response) {
            super(code, null, false, false);
            this.code = code;
            this.response = response;
        }

        String code() {
            return code;
        }

        Response response() {
            return response;
        }
    }
}
