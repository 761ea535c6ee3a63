package dev.sls.core.store;

import dev.sls.wait.WaitRegistry;
import dev.sls.wait.WatchState;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakTransaction;
import org.keycloak.models.KeycloakTransactionManager;

/**
 * Just enough of a Keycloak session for the pack's store-writing classes: the single-use store, a transaction manager
 * whose after-completion work runs at {@link #commit()}, and a wait registry that wakes nobody.
 */
public final class FakeSession {

    private final ExpiringStore store = new ExpiringStore();
    private final List<KeycloakTransaction> afterCompletion = new ArrayList<>();
    private final KeycloakSession session;

    public FakeSession() {
        KeycloakTransactionManager transactions = (KeycloakTransactionManager) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {KeycloakTransactionManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("enlistAfterCompletion")) {
                        afterCompletion.add((KeycloakTransaction) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        WaitRegistry registry = new NobodyWaits();
        session = (KeycloakSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {KeycloakSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "singleUseObjects" -> store;
                    case "getTransactionManager" -> transactions;
                    case "getProvider" -> {
                        if (args[0] == WaitRegistry.class) {
                            yield registry;
                        }
                        throw new UnsupportedOperationException("getProvider " + args[0]);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    public KeycloakSession session() {
        return session;
    }

    public ExpiringStore store() {
        return store;
    }

    /** Ends the "request": runs what was enlisted to happen after commit. */
    public void commit() {
        for (KeycloakTransaction transaction : List.copyOf(afterCompletion)) {
            transaction.begin();
            transaction.commit();
        }
        afterCompletion.clear();
    }

    private static final class NobodyWaits implements WaitRegistry {

        @Override
        public CompletableFuture<WatchState> register(String watchId, Duration timeout) {
            return new CompletableFuture<>();
        }

        @Override
        public void wake(String watchId, WatchState state) {
        }

        @Override
        public void settled(KeycloakSession session, String watchId, WatchState state) {
        }
    }
}
