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
