package dev.sls.chooser.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.data.AttestationConveyancePreference;
import com.webauthn4j.data.AuthenticatorAssertionResponse;
import com.webauthn4j.data.AuthenticatorAttestationResponse;
import com.webauthn4j.data.AuthenticatorSelectionCriteria;
import com.webauthn4j.data.PublicKeyCredential;
import com.webauthn4j.data.PublicKeyCredentialCreationOptions;
import com.webauthn4j.data.PublicKeyCredentialDescriptor;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialRequestOptions;
import com.webauthn4j.data.PublicKeyCredentialRpEntity;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.PublicKeyCredentialUserEntity;
import com.webauthn4j.data.ResidentKeyRequirement;
import com.webauthn4j.data.UserVerificationRequirement;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.test.authenticator.webauthn.NoneAttestationAuthenticator;
import com.webauthn4j.test.authenticator.webauthn.WebAuthnAuthenticatorAdaptor;
import com.webauthn4j.test.client.ClientPlatform;
import dev.sls.testkit.browser.Page;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A passkey without a browser: webauthn4j's software authenticator behind a client platform at the server's origin,
 * driven through Keycloak's own WebAuthn pages (the options their script would pass to {@code navigator.credentials},
 * the fields it would fill in).
 */
final class SoftwarePasskey {

    static final String REGISTER_FORM = "#register";
    static final String LOGIN_FORM = "#webauth";

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private final ClientPlatform platform;

    SoftwarePasskey(String serverUrl) {
        URI server = URI.create(serverUrl);
        Origin origin = new Origin(server.getScheme() + "://" + server.getAuthority());
        this.platform = new ClientPlatform(origin, new WebAuthnAuthenticatorAdaptor(new NoneAttestationAuthenticator()));
    }

    /** On Keycloak's "webauthn-register" page: creates a credential and posts it with {@code label}. */
    Page register(Page page, String label) {
        assertTrue(page.has(REGISTER_FORM), page::describe);
        String script = page.html();
        PublicKeyCredentialCreationOptions options = new PublicKeyCredentialCreationOptions(
                new PublicKeyCredentialRpEntity(value(script, "rpId"), value(script, "rpEntityName")),
                new PublicKeyCredentialUserEntity(URL_DECODER.decode(value(script, "userid")),
                        value(script, "username"), value(script, "username")),
                new DefaultChallenge(URL_DECODER.decode(value(script, "challenge"))),
                List.of(new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                        COSEAlgorithmIdentifier.ES256)), 60_000L, List.of(),
                new AuthenticatorSelectionCriteria(null, ResidentKeyRequirement.DISCOURAGED,
                        UserVerificationRequirement.PREFERRED),
                AttestationConveyancePreference.NONE, null);
        PublicKeyCredential<AuthenticatorAttestationResponse, ?> created = platform.create(options);
        return page.form(REGISTER_FORM)
                .set("clientDataJSON", URL.encodeToString(created.getResponse().getClientDataJSON()))
                .set("attestationObject", URL.encodeToString(created.getResponse().getAttestationObject()))
                .set("publicKeyCredentialId", URL.encodeToString(created.getRawId()))
                .set("authenticatorLabel", label)
                .submit();
    }

    /** On Keycloak's WebAuthn login page: signs its challenge with a credential the page allows. */
    Page authenticate(Page page) {
        assertTrue(page.has(LOGIN_FORM), page::describe);
        String script = page.html();
        List<PublicKeyCredentialDescriptor> allowed = page.document().select("input[name=authn_use_chk]").stream()
                .map(input -> new PublicKeyCredentialDescriptor(PublicKeyCredentialType.PUBLIC_KEY,
                        URL_DECODER.decode(input.attr("value")), null))
                .toList();
        PublicKeyCredentialRequestOptions options = new PublicKeyCredentialRequestOptions(
                new DefaultChallenge(URL_DECODER.decode(value(script, "challenge"))), 60_000L, value(script, "rpId"),
                allowed, UserVerificationRequirement.PREFERRED, null);
        PublicKeyCredential<AuthenticatorAssertionResponse, ?> signed = platform.get(options);
        AuthenticatorAssertionResponse response = signed.getResponse();
        return page.form(LOGIN_FORM)
                .set("clientDataJSON", URL.encodeToString(response.getClientDataJSON()))
                .set("authenticatorData", URL.encodeToString(response.getAuthenticatorData()))
                .set("signature", URL.encodeToString(response.getSignature()))
                .set("credentialId", signed.getId())
                .set("userHandle", response.getUserHandle() == null ? "" : URL.encodeToString(response.getUserHandle()))
                .submit();
    }

    /** A string the page's script passes to the WebAuthn call ({@code name : "value"}). */
    private static String value(String script, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "\\s*:\\s*\"([^\"]*)\"").matcher(script);
        assertTrue(matcher.find(), () -> name + " not on the page");
        return matcher.group(1);
    }
}
