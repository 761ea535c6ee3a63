package dev.sls.mobile.send.twilio;

import dev.sls.core.gateway.SettingException;
import dev.sls.mobile.send.Channel;
import dev.sls.mobile.send.LineType;
import dev.sls.mobile.send.MessageSender;
import dev.sls.mobile.send.OutgoingCode;
import dev.sls.mobile.send.SendOutcome;
import dev.sls.mobile.send.SendResult;
import dev.sls.shaded.twilio.sdk.http.TwilioRestClient;
import dev.sls.shaded.twilio.sdk.rest.api.v2010.account.Call;
import dev.sls.shaded.twilio.sdk.rest.api.v2010.account.Message;
import dev.sls.shaded.twilio.sdk.rest.api.v2010.account.MessageCreator;
import dev.sls.shaded.twilio.sdk.type.PhoneNumber;
import dev.sls.shaded.twilio.sdk.type.Twiml;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.vault.VaultStringSecret;

/**
 * SMS through Twilio's Messages API, voice through its Calls API with the code in TwiML, and the line type through
 * Lookup, all with the official SDK. The secret is read from Keycloak's vault on the calling thread; the exchange runs
 * on the factory's workers.
 */
final class TwilioMessageSender implements MessageSender {

    private static final Logger LOG = Logger.getLogger(TwilioMessageSender.class);

    private final KeycloakSession session;
    private final TwilioMessageSenderFactory factory;

    TwilioMessageSender(KeycloakSession session, TwilioMessageSenderFactory factory) {
        this.session = session;
        this.factory = factory;
    }

    @Override
    public CompletableFuture<SendResult> send(OutgoingCode code, Map<String, String> settings) {
        TwilioRestClient client;
        TwilioSettings twilio;
        try {
            twilio = TwilioSettings.from(settings);
            client = client(twilio);
        } catch (SettingException e) {
            return done(code, TwilioErrors.of(e));
        }
        return run(() -> code.channel() == Channel.SMS ? sms(client, twilio, code) : call(client, twilio, code),
                TwilioErrors::of).thenApply(result -> logged(code, result));
    }

    @Override
    public CompletableFuture<Optional<LineType>> lineType(String e164, Map<String, String> settings) {
        TwilioRestClient client;
        try {
            TwilioSettings twilio = TwilioSettings.from(settings);
            if (!twilio.lookup()) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            client = client(twilio);
        } catch (SettingException e) {
            LOG.warnf("Twilio Lookup skipped: %s", e.getMessage());
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return run(() -> TwilioLookup.lineType(client, e164), error -> {
            LOG.warnf("Twilio Lookup failed: %s", TwilioErrors.of(error).reason());
            return Optional.<LineType>empty();
        });
    }

    private SendResult sms(TwilioRestClient client, TwilioSettings twilio, OutgoingCode code) {
        PhoneNumber to = new PhoneNumber(code.to());
        MessageCreator creator = twilio.messagingServiceSid() != null
                ? Message.creator(to, twilio.messagingServiceSid(), code.smsText())
                : Message.creator(to, new PhoneNumber(twilio.from()), code.smsText());
        return SendResult.sent(TwilioMessageSenderFactory.ID, creator.create(client).getSid());
    }

    private SendResult call(TwilioRestClient client, TwilioSettings twilio, OutgoingCode code) {
        Call call = Call.creator(new PhoneNumber(code.to()), new PhoneNumber(twilio.from()),
                new Twiml(TwilioVoiceScript.twiml(code))).create(client);
        return SendResult.sent(TwilioMessageSenderFactory.ID, call.getSid());
    }

    private TwilioRestClient client(TwilioSettings twilio) {
        String secret;
        try (VaultStringSecret vault = session.vault().getStringSecret(twilio.secretReference())) {
            secret = vault.get().orElseThrow(() -> new SettingException(TwilioSettings.SECRET,
                    "the vault has no secret for " + twilio.secretReference()));
        }
        return new TwilioRestClient.Builder(twilio.username(), secret).accountSid(twilio.accountSid())
                .httpClient(new TwilioGatewayClient(factory.http(), twilio.apiUrl(), twilio.timeout())).build();
    }

    private <T> CompletableFuture<T> run(Supplier<T> work, Function<Throwable, T> onError) {
        try {
            return CompletableFuture.supplyAsync(work, factory.workers()).exceptionally(onError);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(onError.apply(e));
        }
    }

    private static CompletableFuture<SendResult> done(OutgoingCode code, SendResult result) {
        return CompletableFuture.completedFuture(logged(code, result));
    }

    private static SendResult logged(OutgoingCode code, SendResult result) {
        if (result.outcome() == SendOutcome.SENT) {
            LOG.debugf("%s sent via Twilio: %s", code, result.providerId());
        } else {
            LOG.warnf("%s not sent via Twilio: %s %s", code, result.outcome(), result.reason());
        }
        return result;
    }
}
