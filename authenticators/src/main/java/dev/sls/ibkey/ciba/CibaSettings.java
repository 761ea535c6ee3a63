package dev.sls.ibkey.ciba;

import dev.sls.ibkey.credential.IbKeyCredentialModel;
import dev.sls.ibkey.login.IbKeyAuthenticatorFactory;
import dev.sls.ibkey.login.IbKeyLoginConfig;
import dev.sls.level.DeviceLevels;
import java.util.Optional;
import java.util.stream.Stream;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * What a CIBA request through IB Key borrows from the realm's browser login: the IB Key step's settings (push limits,
 * push sender, timeout), the level its place in the flow gives IB Key, and the {@code amr} value that step reports.
 * A CIBA request has no flow of its own, so these are read from the step an admin already configured.
 *
 * @param amr   the IB Key step's "default.reference.value" (RFC 8176 {@code swk} unless configured otherwise)
 * @param level IB Key's level in the browser flow, or its default level
 */
record CibaSettings(IbKeyLoginConfig config, String amr, int level) {

    static final String REFERENCE_VALUE = "default.reference.value";
    static final String DEFAULT_AMR = "swk";

    static CibaSettings of(KeycloakSession session, RealmModel realm) {
        AuthenticationFlowModel browser = realm.getBrowserFlow();
        Optional<AuthenticatorConfigModel> step = ibKeyStep(realm, browser);
        String amr = step.map(AuthenticatorConfigModel::getConfig).map(c -> c.get(REFERENCE_VALUE))
                .filter(v -> v.matches("[a-z]{2,8}")).orElse(DEFAULT_AMR);
        int level = browser == null ? 0 : DeviceLevels.of(session, realm, browser)
                .levelOf(session, IbKeyCredentialModel.TYPE).orElse(0);
        return new CibaSettings(IbKeyLoginConfig.from(step.orElse(null)), amr, level);
    }

    /** The configured IB Key step of the browser flow (first found, sub-flows included), else of any flow. */
    private static Optional<AuthenticatorConfigModel> ibKeyStep(RealmModel realm, AuthenticationFlowModel browser) {
        Optional<AuthenticatorConfigModel> inBrowser = browser == null ? Optional.empty()
                : executions(realm, browser.getId()).filter(CibaSettings::isConfiguredIbKey).findFirst()
                .map(e -> realm.getAuthenticatorConfigById(e.getAuthenticatorConfig()));
        return inBrowser.or(() -> realm.getAuthenticationFlowsStream()
                .flatMap(flow -> realm.getAuthenticationExecutionsStream(flow.getId()))
                .filter(CibaSettings::isConfiguredIbKey).findFirst()
                .map(e -> realm.getAuthenticatorConfigById(e.getAuthenticatorConfig())));
    }

    private static Stream<AuthenticationExecutionModel> executions(RealmModel realm, String flowId) {
        return realm.getAuthenticationExecutionsStream(flowId).flatMap(e -> e.isAuthenticatorFlow()
                ? executions(realm, e.getFlowId()) : Stream.of(e));
    }

    private static boolean isConfiguredIbKey(AuthenticationExecutionModel execution) {
        return IbKeyAuthenticatorFactory.PROVIDER_ID.equals(execution.getAuthenticator())
                && execution.getAuthenticatorConfig() != null;
    }
}
