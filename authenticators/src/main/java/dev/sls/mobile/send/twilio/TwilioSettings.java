package dev.sls.mobile.send.twilio;

import dev.sls.core.gateway.GatewaySettings;
import dev.sls.core.gateway.SettingException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of the {@code twilio} sender. The secret (the account's auth token, or an API key's secret when an API key
 * SID is given) is never stored in the realm: the setting holds a Keycloak vault reference such as
 * {@code ${vault.twilio-token}}, resolved when a code is sent.
 *
 * @param accountSid          AC…, the account whose Messages and Calls APIs are used
 * @param apiKeySid           SK… to authenticate with an API key instead of the account SID, or null
 * @param secretReference     the vault reference of the auth token or API key secret
 * @param from                E.164 sender number (SMS unless a Messaging Service is set, and always the caller id)
 * @param messagingServiceSid MG… to send SMS through a Messaging Service instead of {@code from}, or null
 * @param lookup              also ask Twilio Lookup for the line type when a number is added
 * @param apiUrl              where the REST API is reached; null for Twilio itself (tests and proxies set it)
 * @param timeout             how long one API request may take
 */
public record TwilioSettings(String accountSid, String apiKeySid, String secretReference, String from,
                             String messagingServiceSid, boolean lookup, URI apiUrl, Duration timeout) {

    public static final String ACCOUNT_SID = "sls.phone.twilio.account-sid";
    public static final String API_KEY_SID = "sls.phone.twilio.api-key-sid";
    public static final String SECRET = "sls.phone.twilio.secret";
    public static final String FROM = "sls.phone.twilio.from";
    public static final String MESSAGING_SERVICE_SID = "sls.phone.twilio.messaging-service-sid";
    public static final String LOOKUP = "sls.phone.twilio.lookup";
    public static final String API_URL = "sls.phone.twilio.api-url";
    public static final String TIMEOUT = "sls.phone.twilio.timeout";

    private static final Pattern SID = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern VAULT_REFERENCE = Pattern.compile("\\$\\{vault\\.([^}]+)}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(ACCOUNT_SID).label("Twilio account SID").type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Sender 'twilio': the account SID (AC followed by 32 hex digits).").add()
            .property().name(API_KEY_SID).label("Twilio API key SID").type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Sender 'twilio', optional: an API key SID (SK…) to authenticate with instead of the account"
                    + " SID; the secret is then the API key's secret.").add()
            .property().name(SECRET).label("Twilio auth token or API key secret (vault reference)")
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Sender 'twilio': a Keycloak vault reference such as ${vault.twilio-token}, never the secret"
                    + " itself. Start Keycloak with a vault (e.g. --vault=file --vault-dir=…) holding it.").add()
            .property().name(FROM).label("Twilio from-number").type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Sender 'twilio': the E.164 number codes come from (caller id of voice calls; SMS sender unless"
                    + " a Messaging Service SID is set).").add()
            .property().name(MESSAGING_SERVICE_SID).label("Twilio Messaging Service SID")
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Sender 'twilio', optional: send SMS through this Messaging Service (MG…) instead of the"
                    + " from-number.").add()
            .property().name(LOOKUP).label("Twilio Lookup line type").type(ProviderConfigProperty.BOOLEAN_TYPE)
            .defaultValue("false")
            .helpText("Sender 'twilio': when a number is added, ask Twilio Lookup (line type intelligence, billed by"
                    + " Twilio) whether it is a mobile, landline or VOIP number.").add()
            .property().name(API_URL).label("Twilio API URL").type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Sender 'twilio', optional: where Twilio's REST API is reached instead of the twilio.com hosts"
                    + " (an https URL of a proxy; plain http only on the loopback address, for tests).").add()
            .property().name(TIMEOUT).label("Twilio request timeout (seconds)").type(ProviderConfigProperty.STRING_TYPE)
            .defaultValue("4").helpText("Sender 'twilio': how long one API request may take (1-10).").add()
            .build();

    /** @throws SettingException naming the first missing or wrong setting */
    public static TwilioSettings from(Map<String, String> settings) {
        String accountSid = sid(ACCOUNT_SID, "AC", GatewaySettings.required(settings, ACCOUNT_SID));
        String keySid = GatewaySettings.optional(settings, API_KEY_SID);
        String service = GatewaySettings.optional(settings, MESSAGING_SERVICE_SID);
        String from = GatewaySettings.required(settings, FROM);
        if (!E164.matcher(from).matches()) {
            throw new SettingException(FROM, "must be an E.164 number such as +15005550006");
        }
        String timeout = GatewaySettings.optional(settings, TIMEOUT);
        int seconds;
        try {
            seconds = timeout == null ? 4 : Integer.parseInt(timeout);
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 1 || seconds > 10) {
            throw new SettingException(TIMEOUT, "must be a whole number of seconds from 1 to 10");
        }
        String url = GatewaySettings.optional(settings, API_URL);
        return new TwilioSettings(accountSid, keySid == null ? null : sid(API_KEY_SID, "SK", keySid),
                secretReference(GatewaySettings.required(settings, SECRET)), from,
                service == null ? null : sid(MESSAGING_SERVICE_SID, "MG", service),
                Boolean.parseBoolean(GatewaySettings.optional(settings, LOOKUP)),
                url == null ? null : apiUrl(url), Duration.ofSeconds(seconds));
    }

    /** The secret setting's vault key, refusing a secret typed in clear. */
    public static String secretReference(String value) {
        Matcher matcher = VAULT_REFERENCE.matcher(value.trim());
        if (!matcher.matches()) {
            throw new SettingException(SECRET, "must be a Keycloak vault reference like ${vault.twilio-token},"
                    + " not the secret itself");
        }
        return value.trim();
    }

    private static String sid(String key, String prefix, String value) {
        if (!value.startsWith(prefix) || !SID.matcher(value.substring(prefix.length())).matches()) {
            throw new SettingException(key, "must be " + prefix + " followed by 32 hex digits");
        }
        return value;
    }

    /** https anywhere; plain http only to a loopback address, so the Basic credentials never cross a network. */
    static URI apiUrl(String value) {
        URI uri = GatewaySettings.httpUrl(API_URL, value);
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            try {
                if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                    throw new SettingException(API_URL, "must be https (plain http only on the loopback address)");
                }
            } catch (UnknownHostException e) {
                throw new SettingException(API_URL, "names an unknown host");
            }
        }
        return uri;
    }

    /** The user name of the API's Basic authentication: the API key SID, else the account SID. */
    public String username() {
        return apiKeySid != null ? apiKeySid : accountSid;
    }

    @Override
    public String toString() {
        return "TwilioSettings[account=" + accountSid + ", apiKey=" + (apiKeySid != null) + ", from=" + from
                + ", messagingService=" + messagingServiceSid + ", lookup=" + lookup + ", apiUrl=" + apiUrl + "]";
    }
}
