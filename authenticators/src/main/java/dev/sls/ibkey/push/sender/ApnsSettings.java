package dev.sls.ibkey.push.sender;

import dev.sls.core.gateway.GatewaySettings;
import dev.sls.core.gateway.PemKeys;
import dev.sls.core.gateway.SettingException;
import java.net.URI;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of the {@code apns} sender (token-based provider authentication with an Apple .p8 key).
 *
 * @param teamId Apple developer team id, the JWT issuer
 * @param keyId id of the .p8 key, the JWT {@code kid}
 * @param privateKey the .p8 key (EC P-256)
 * @param topic the app's bundle id
 * @param endpoint APNs base URL
 */
public record ApnsSettings(String teamId, String keyId, PrivateKey privateKey, String topic, URI endpoint) {

    public static final String TEAM_ID = "sls.push.apns.team-id";
    public static final String KEY_ID = "sls.push.apns.key-id";
    public static final String PRIVATE_KEY = "sls.push.apns.private-key";
    public static final String TOPIC = "sls.push.apns.topic";
    public static final String ENDPOINT = "sls.push.apns.endpoint";
    public static final URI PRODUCTION_ENDPOINT = URI.create("https://api.push.apple.com");
    public static final URI SANDBOX_ENDPOINT = URI.create("https://api.sandbox.push.apple.com");

    private static final Pattern APPLE_ID = Pattern.compile("[A-Za-z0-9]{10}");
    private static final Pattern BUNDLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,254}");

    public static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(TEAM_ID).label("APNs team id")
            .helpText("Push sender 'apns': your Apple developer Team ID (10 characters).")
            .type(ProviderConfigProperty.STRING_TYPE).add()
            .property().name(KEY_ID).label("APNs key id")
            .helpText("Push sender 'apns': the Key ID (10 characters) of the APNs authentication key (.p8).")
            .type(ProviderConfigProperty.STRING_TYPE).add()
            .property().name(PRIVATE_KEY).label("APNs private key (.p8)")
            .helpText("Push sender 'apns': the content of the AuthKey_<key id>.p8 file, including the"
                    + " BEGIN/END PRIVATE KEY lines.")
            .type(ProviderConfigProperty.TEXT_TYPE).secret(true).add()
            .property().name(TOPIC).label("APNs topic (bundle id)")
            .helpText("Push sender 'apns': the bundle id of the IB Key app.")
            .type(ProviderConfigProperty.STRING_TYPE).add()
            .property().name(ENDPOINT).label("APNs endpoint")
            .helpText("Push sender 'apns', optional: " + PRODUCTION_ENDPOINT + " (default, App Store and TestFlight"
                    + " builds) or " + SANDBOX_ENDPOINT + " (development builds).")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(PRODUCTION_ENDPOINT.toString()).add()
            .build();

    public static ApnsSettings from(Map<String, String> settings) {
        String teamId = appleId(settings, TEAM_ID);
        String keyId = appleId(settings, KEY_ID);
        PrivateKey key = PemKeys.pkcs8(PRIVATE_KEY, "the key", GatewaySettings.required(settings, PRIVATE_KEY), "EC");
        if (!isP256(key)) {
            throw new SettingException(PRIVATE_KEY, "must be an EC P-256 key (an APNs .p8 key)");
        }
        String topic = GatewaySettings.required(settings, TOPIC);
        if (!BUNDLE_ID.matcher(topic).matches()) {
            throw new SettingException(TOPIC, "must be a bundle id such as com.example.ibkey");
        }
        String endpoint = GatewaySettings.optional(settings, ENDPOINT);
        return new ApnsSettings(teamId, keyId, key, topic,
                endpoint == null ? PRODUCTION_ENDPOINT : GatewaySettings.httpUrl(ENDPOINT, endpoint));
    }

    /** {@code {endpoint}/3/device/{token}}; the caller has checked the token is hex. */
    public URI deviceUri(String deviceToken) {
        return GatewaySettings.resolve(endpoint, "/3/device/" + deviceToken);
    }

    private static String appleId(Map<String, String> settings, String key) {
        String value = GatewaySettings.required(settings, key);
        if (!APPLE_ID.matcher(value).matches()) {
            throw new SettingException(key, "must be 10 letters or digits, as shown in the Apple developer account");
        }
        return value;
    }

    private static boolean isP256(PrivateKey key) {
        if (!(key instanceof ECPrivateKey ec)) {
            return false;
        }
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec p256 = parameters.getParameterSpec(ECParameterSpec.class);
            ECParameterSpec actual = ec.getParams();
            return actual.getOrder().equals(p256.getOrder())
                    && actual.getGenerator().equals(p256.getGenerator())
                    && actual.getCurve().equals(p256.getCurve());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("secp256r1 is a required JDK curve", e);
        }
    }

    @Override
    public String toString() {
        return "ApnsSettings[teamId=" + teamId + ", keyId=" + keyId + ", topic=" + topic + ", endpoint=" + endpoint + "]";
    }
}
