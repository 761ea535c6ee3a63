package dev.sls.mobile.send;

import dev.sls.core.limit.ClientAddress;
import dev.sls.core.login.LocalFormats;
import dev.sls.mobile.code.PendingCode;
import dev.sls.mobile.settings.PhoneSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Sends a code: the abuse limits first, then the realm's sender, without waiting for the provider. An answer the
 * sender already has (a refused setting, its workers all busy, the log sender) is reported at once; otherwise the report
 * says {@link SendOutcome#SENDING} with the watch the provider's answer settles ({@link SendWatch}), and the page hears
 * it through {@code dev.sls.wait} or at its next post. A provider silent for {@link #WAIT} settles it as
 * {@link SendOutcome#PENDING}: the page then says the code may still come.
 */
public final class CodeDelivery {

    public static final Duration WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(CodeDelivery.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PhoneSettings settings;

    public CodeDelivery(KeycloakSession session, RealmModel realm, PhoneSettings settings) {
        this.session = session;
        this.realm = realm;
        this.settings = settings;
    }

    public SendReport send(UserModel user, PendingCode code, Channel channel) {
        return send(user, code, channel, CodePurpose.SIGN_IN);
    }

    public SendReport send(UserModel user, PendingCode code, Channel channel, CodePurpose purpose) {
        String ip = ClientAddress.of(session.getContext().getConnection());
        Optional<Duration> limited = new SendLimits(session).tryUse(settings.limits(), channel, user.getId(),
                code.e164(), ip);
        if (limited.isPresent()) {
            LOG.infof("Code by %s for user %s in realm %s refused by a send limit; retry in %d s", channel,
                    user.getId(), realm.getName(), limited.get().getSeconds());
            return SendReport.limited(channel, limited.get());
        }
        MessageSender sender = session.getProvider(MessageSender.class, settings.sender());
        if (sender == null) {
            LOG.errorf("Message sender '%s' set in realm %s (%s) is not installed", settings.sender(), realm.getName(),
                    PhoneSettings.SENDER);
            return SendReport.of(SendOutcome.NOT_CONFIGURED, channel);
        }
        Locale locale = session.getContext().resolveLocale(user);
        OutgoingCode outgoing = outgoing(code, channel, locale, purpose);
        String watchId = SendWatch.open(session, settings.codeLifetime());
        CompletableFuture<SendResult> pending = sender.send(outgoing, settings.raw());
        if (pending.isDone()) {
            return SendReport.of(pending.isCompletedExceptionally() ? SendOutcome.PROVIDER_DOWN
                    : pending.join().outcome(), channel);
        }
        SendWatch.follow(session, watchId, channel, pending);
        return SendReport.sending(channel, watchId);
    }

    /**
     * A text message without a code (a notice that a device was bound), outside the code limits: it only follows a
     * step that passed limits of its own. {@code {0}} of the text is the realm's display name, the arguments follow.
     */
    public CompletableFuture<SendOutcome> sendNotice(UserModel user, String e164, String messageKey, String fallback,
                                                     Object... args) {
        MessageSender sender = session.getProvider(MessageSender.class, settings.sender());
        if (sender == null) {
            return CompletableFuture.completedFuture(SendOutcome.NOT_CONFIGURED);
        }
        Locale locale = session.getContext().resolveLocale(user);
        Object[] values = new Object[args.length + 1];
        values[0] = realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName()
                : realm.getDisplayName();
        System.arraycopy(args, 0, values, 1, args.length);
        String text = PhoneTexts.of(session, realm, locale).get(messageKey, fallback, values);
        OutgoingCode notice = new OutgoingCode(e164, Channel.SMS, "", locale, text, "", "", realm.getName(),
                PhoneSettings.isDemoRealm(realm));
        return sender.send(notice, settings.raw()).thenApply(SendResult::outcome);
    }

    private OutgoingCode outgoing(PendingCode code, Channel channel, Locale locale, CodePurpose purpose) {
        PhoneTexts texts = PhoneTexts.of(session, realm, locale);
        String name = realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName()
                : realm.getDisplayName();
        String lifetime = LocalFormats.forTextMessage(
                texts.formats().lifetime(settings.codeLifetime()));
        String sms = texts.get(purpose.messageKey(), purpose.fallback(), code.code(), name, lifetime);
        return new OutgoingCode(code.e164(), channel, code.code(), locale, sms,
                texts.get("slsPhoneVoiceIntro", "Your security code is"),
                texts.get("slsPhoneVoiceRepeat", "Again, your security code is"), realm.getName(),
                PhoneSettings.isDemoRealm(realm));
    }
}
