package dev.sls.level;

import dev.sls.core.credential.SlsCredentialProvider;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorUtil;
import org.keycloak.authentication.CredentialValidator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalLoaAuthenticatorFactory;
import org.keycloak.authentication.authenticators.util.LoAUtil;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The security level of each second-factor device, read from where the login flow places it, as Keycloak's own
 * Level-of-Authentication machinery does: a device's level is that of the highest "Condition - Level of
 * Authentication" sub-flow offering its step. A device no such sub-flow offers has its {@code DeviceType}'s default
 * level (Keycloak's own OTP and WebAuthn have none then). Read from the (cached) realm once per request.
 */
public final class DeviceLevels {

    private static final String CACHE_KEY = "sls.device-levels:";

    private final Map<String, Integer> byCredentialType;
    private final Map<String, Integer> byExecution;
    private final Map<String, String> references;
    private final SortedMap<Integer, Integer> maxAges;

    private DeviceLevels(Map<String, Integer> byCredentialType, Map<String, Integer> byExecution,
                         Map<String, String> references, SortedMap<Integer, Integer> maxAges) {
        this.byCredentialType = Map.copyOf(byCredentialType);
        this.byExecution = Map.copyOf(byExecution);
        this.references = Map.copyOf(references);
        this.maxAges = Collections.unmodifiableSortedMap(maxAges);
    }

    public static DeviceLevels of(KeycloakSession session, RealmModel realm, AuthenticationFlowModel topFlow) {
        String key = CACHE_KEY + topFlow.getId();
        if (session.getAttribute(key) instanceof DeviceLevels known) {
            return known;
        }
        Map<String, Integer> types = new HashMap<>();
        Map<String, Integer> executions = new HashMap<>();
        Map<String, String> references = new HashMap<>();
        walk(session, realm, topFlow.getId(), Constants.NO_LOA, new Found(types, executions, references));
        DeviceLevels levels = new DeviceLevels(types, executions, references,
                new TreeMap<>(LoAUtil.getLoaMaxAgesConfiguredInRealmFlow(realm, topFlow.getId())));
        session.setAttribute(key, levels);
        return levels;
    }

    private record Found(Map<String, Integer> types, Map<String, Integer> executions, Map<String, String> references) {
    }

    private static void walk(KeycloakSession session, RealmModel realm, String flowId, int inherited, Found found) {
        int level = inherited;
        for (AuthenticationExecutionModel execution : realm.getAuthenticationExecutionsStream(flowId).toList()) {
            if (ConditionalLoaAuthenticatorFactory.PROVIDER_ID.equals(execution.getAuthenticator())
                    && execution.getAuthenticatorConfig() != null) {
                Integer configured = LoAUtil.getLevelFromLoaConditionConfiguration(
                        realm.getAuthenticatorConfigById(execution.getAuthenticatorConfig()));
                level = configured == null ? level : configured;
            }
            found.executions().put(execution.getId(), level);
            if (execution.isAuthenticatorFlow()) {
                walk(session, realm, execution.getFlowId(), level, found);
            } else if (execution.getAuthenticator() != null) {
                Authenticator step = session.getProvider(Authenticator.class, execution.getAuthenticator());
                if (step instanceof CredentialValidator<?> validator && !(step instanceof ConditionalAuthenticator)
                        && !(step instanceof DeviceSelectionStep)) {
                    String type = validator.getType(session);
                    if (level > Constants.NO_LOA) {
                        found.types().merge(type, level, Math::max);
                    }
                    referenceOf(realm, execution).ifPresent(value -> found.references().putIfAbsent(type, value));
                }
            }
        }
    }

    private static Optional<String> referenceOf(RealmModel realm, AuthenticationExecutionModel execution) {
        AuthenticatorConfigModel config = execution.getAuthenticatorConfig() == null ? null
                : realm.getAuthenticatorConfigById(execution.getAuthenticatorConfig());
        return Optional.ofNullable(config == null || config.getConfig() == null ? null
                : config.getConfig().get(ProvedMethods.REFERENCE_VALUE)).filter(value -> !value.isBlank());
    }

    /**
     * The {@code amr} value (Keycloak's "Authentication Reference") the flow's step for this device type is set to,
     * or empty when no step of the flow sets one.
     */
    public Optional<String> referenceOf(String credentialType) {
        return Optional.ofNullable(references.get(credentialType));
    }

    /** Whether the flow uses Keycloak's levels at all (it has "Condition - Level of Authentication" sub-flows). */
    public boolean inUse() {
        return !maxAges.isEmpty();
    }

    /** The level of a device type, or empty for a type no sub-flow places and that has no default. */
    public Optional<Integer> levelOf(KeycloakSession session, String credentialType) {
        Integer placed = byCredentialType.get(credentialType);
        if (placed != null) {
            return Optional.of(placed);
        }
        return AuthenticatorUtil.getCredentialProviders(session)
                .filter(provider -> credentialType.equals(provider.getType()))
                .filter(SlsCredentialProvider.class::isInstance)
                .map(provider -> ((SlsCredentialProvider<?>) provider).device().defaultLevel())
                .findFirst();
    }

    /** The level the sub-flow holding {@code execution} stands for, or {@link Constants#NO_LOA} outside any. */
    public int levelAt(AuthenticationExecutionModel execution) {
        return byExecution.getOrDefault(execution.getId(), Constants.NO_LOA);
    }

    /** The levels the flow configures, each with its max age in seconds (0: valid for this login only). */
    public SortedMap<Integer, Integer> maxAges() {
        return maxAges;
    }
}
