package dev.sls.ibkey.push.sender;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sls.core.gateway.GatewayJson;
import dev.sls.core.gateway.GatewaySettings;
import dev.sls.core.gateway.PemKeys;
import dev.sls.core.gateway.SettingException;
import java.net.URI;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Settings of the {@code fcm} sender, read from a Google service-account JSON key.
 *
 * @param projectId Firebase project the messages are sent in
 * @param clientEmail the service account; the OAuth token cache is keyed by it
 * @param privateKey the service account's RSA key that signs the OAuth assertion
 * @param tokenUri Google's OAuth token endpoint from the key file
 * @param endpoint FCM base URL
 */
public record FcmSettings(String projectId, String clientEmail, PrivateKey privateKey, URI tokenUri, URI endpoint) {

    public static final String SERVICE_ACCOUNT = "sls.push.fcm.service-account";
    public static final String ENDPOINT = "sls.push.fcm.endpoint";
    public static final URI DEFAULT_ENDPOINT = URI.create("https://fcm.googleapis.com");
    public static final URI DEFAULT_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");

    // Also admits legacy domain-scoped ids ("example.com:project"); never '/', '?', '#' or '%' (they end up in a path).
    private static final Pattern PROJECT_ID = Pattern.compile("[a-z0-9][a-z0-9.:-]{0,99}");

    public static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property().name(SERVICE_ACCOUNT).label("FCM service account JSON")
            .helpText("Push sender 'fcm': the whole JSON key of a Google service account allowed to send Firebase"
                    + " Cloud Messaging messages (Firebase console > Project settings > Service accounts > Generate"
                    + " new private key). Uses project_id, client_email, private_key and token_uri.")
            .type(ProviderConfigProperty.TEXT_TYPE).secret(true).add()
            .property().name(ENDPOINT).label("FCM endpoint")
            .helpText("Push sender 'fcm', optional: base URL of the FCM HTTP v1 API. Default " + DEFAULT_ENDPOINT + ".")
            .type(ProviderConfigProperty.STRING_TYPE).add()
            .build();

    public static FcmSettings from(Map<String, String> settings) {
        JsonNode account = parseAccount(GatewaySettings.required(settings, SERVICE_ACCOUNT));
        String projectId = field(account, "project_id");
        if (!PROJECT_ID.matcher(projectId).matches()) {
            throw new SettingException(SERVICE_ACCOUNT, "project_id is not a valid Google Cloud project id");
        }
        String clientEmail = field(account, "client_email");
        if (clientEmail.indexOf('@') < 1) {
            throw new SettingException(SERVICE_ACCOUNT, "client_email is not an e-mail address");
        }
        PrivateKey privateKey = PemKeys.pkcs8(SERVICE_ACCOUNT, "private_key", field(account, "private_key"), "RSA");
        JsonNode tokenUriNode = account.get("token_uri");
        URI tokenUri = tokenUriNode == null || tokenUriNode.asText().isBlank()
                ? DEFAULT_TOKEN_URI
                : uriIn(SERVICE_ACCOUNT, "token_uri", tokenUriNode.asText().trim());
        String endpoint = GatewaySettings.optional(settings, ENDPOINT);
        return new FcmSettings(projectId, clientEmail, privateKey, tokenUri,
                endpoint == null ? DEFAULT_ENDPOINT : GatewaySettings.httpUrl(ENDPOINT, endpoint));
    }

    /** {@code {endpoint}/v1/projects/{project_id}/messages:send} */
    public URI sendUri() {
        return GatewaySettings.resolve(endpoint, "/v1/projects/" + projectId + "/messages:send");
    }

    private static JsonNode parseAccount(String json) {
        JsonNode account;
        try {
            account = GatewayJson.parse(json);
        } catch (JsonProcessingException e) {
            // Jackson's message can quote the input, which holds the private key: report only where it broke.
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new SettingException(SERVICE_ACCOUNT, "is not valid JSON" + where);
        }
        if (account == null || !account.isObject()) {
            throw new SettingException(SERVICE_ACCOUNT, "must be a JSON object (the service-account key file)");
        }
        JsonNode type = account.get("type");
        if (type != null && !"service_account".equals(type.asText())) {
            throw new SettingException(SERVICE_ACCOUNT, "type must be \"service_account\"");
        }
        return account;
    }

    private static String field(JsonNode account, String name) {
        JsonNode node = account.get(name);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new SettingException(SERVICE_ACCOUNT, name + " is missing");
        }
        return node.asText().trim();
    }

    private static URI uriIn(String key, String field, String value) {
        try {
            return GatewaySettings.httpUrl(key, value);
        } catch (SettingException e) {
            throw new SettingException(key, field + " " + e.problem());
        }
    }

    @Override
    public String toString() {
        return "FcmSettings[projectId=" + projectId + ", clientEmail=" + clientEmail + ", tokenUri=" + tokenUri
                + ", endpoint=" + endpoint + "]";
    }
}
