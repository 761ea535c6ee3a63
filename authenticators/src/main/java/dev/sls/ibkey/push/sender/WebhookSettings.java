package dev.sls.ibkey.push.sender;

import dev.sls.core.gateway.GatewaySettings;
import dev.sls.core.gateway.SettingException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of the {@code webhook} sender.
 *
 * @param url where the JSON is POSTed
 * @param secret HMAC key for the {@code SLS-Signature} header, null for unsigned requests
 */
public record WebhookSettings(URI url, String secret) {

    public static final String URL = "sls.push.webhook.url";
    public static final String SECRET = "sls.push.webhook.secret";
    /** Shorter HMAC keys are too easy to guess offline from one signed request. */
    public static final int MIN_SECRET_LENGTH = 16;

    public static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(URL).label("Webhook URL")
            .helpText("Push sender 'webhook': the http(s) URL that receives a JSON POST for every login challenge"
                    + " (type, realm, challengeId, deviceId, title, body, data; nothing that addresses the user). Any 2xx answer counts"
                    + " as delivered.")
            .type(ProviderConfigProperty.STRING_TYPE).add()
            .property().name(SECRET).label("Webhook signing secret")
            .helpText("Push sender 'webhook', optional: when set (at least " + MIN_SECRET_LENGTH + " characters),"
                    + " each request carries SLS-Timestamp (epoch seconds) and SLS-Signature: sha256=<hex HMAC-SHA256"
                    + " of '<timestamp>.<body>'> so the receiver can check it came from this server.")
            .type(ProviderConfigProperty.PASSWORD).secret(true).add()
            .build();

    public static WebhookSettings from(Map<String, String> settings) {
        URI url = GatewaySettings.httpUrl(URL, GatewaySettings.required(settings, URL));
        String secret = settings == null ? null : settings.get(SECRET);
        if (secret != null && secret.isEmpty()) {
            secret = null;
        }
        if (secret != null && secret.length() < MIN_SECRET_LENGTH) {
            throw new SettingException(SECRET, "must be at least " + MIN_SECRET_LENGTH + " characters long");
        }
        return new WebhookSettings(url, secret);
    }

    @Override
    public String toString() {
        return "WebhookSettings[url=" + url + ", signed=" + (secret != null) + "]";
    }
}
