package dev.sls.mobile.send.twilio;

import dev.sls.core.gateway.GatewayHttp;
import dev.sls.mobile.send.MessageSender;
import dev.sls.mobile.send.MessageSenderFactory;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * Sender {@value #ID}: Twilio through the official twilio-java SDK (relocated in the jar). Owns the HTTP client and a
 * few worker threads for the SDK's blocking calls; when they are all busy a send is refused at once rather than left
 * to queue behind a slow provider.
 */
public final class TwilioMessageSenderFactory implements MessageSenderFactory {

    public static final String ID = "twilio";
    private static final int MAX_WORKERS = 8;
    private static final int MAX_QUEUED = 64;

    private final GatewayHttp http = new GatewayHttp();
    private volatile ExecutorService workers;

    @Override
    public MessageSender create(KeycloakSession session) {
        return new TwilioMessageSender(session, this);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return TwilioSettings.PROPERTIES;
    }

    GatewayHttp http() {
        return http;
    }

    ExecutorService workers() {
        ExecutorService current = workers;
        if (current == null) {
            synchronized (this) {
                current = workers;
                if (current == null) {
                    current = newWorkers();
                    workers = current;
                }
            }
        }
        return current;
    }

    private static ExecutorService newWorkers() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "sls-twilio-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(MAX_WORKERS, MAX_WORKERS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(MAX_QUEUED), threads, new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    @Override
    public void close() {
        ExecutorService current = workers;
        if (current != null) {
            current.shutdownNow();
        }
    }
}
