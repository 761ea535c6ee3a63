package dev.sls.mobile.send;

import dev.sls.core.limit.ClientAddress;
import dev.sls.core.login.LocalFormats;
import dev.sls.mobile.code.PendingCode;
import dev.sls.mobile.settings.PhoneSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Sends a code: the abuse limits first, then the realm's sender, waiting for its answer at most {@link #WAIT} so a
 * login is never held longer. An answer that comes later is only logged; the page then says the code may still come.
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
        return SendReport.of(await(sender.send(outgoing(code, channel, locale, purpose), settings.raw()), channel),
                channel);
    }

    /**
     * A text message without a code (a notice that a device was bound), outside the code limits: it only follows a
     * step that passed limits of its own. {@code {0}} of the text is the realm's display name, the arguments follow.
     */
    public SendOutcome sendNotice(UserModel user, String e164, String messageKey, String fallback, Object... args) {
        MessageSender sender = session.getProvider(MessageSender.class, settings.sender());
        if (sender == null) {
            return SendOutcome.NOT_CONFIGURED;
        }
        Locale locale = session.getContext().resolveLocale(user);
        Object[] values = new Object[args.length + 1];
        values[0] = realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName()
                : realm.getDisplayName();
        System.arraycopy(args, 0, values, 1, args.length);
        String text = PhoneTexts.of(session, realm, locale).get(messageKey, fallback, values);
        OutgoingCode notice = new OutgoingCode(e164, Channel.SMS, "", locale, text, "", "", realm.getName(),
                PhoneSettings.isDemoRealm(realm));
        return await(sender.send(notice, settings.raw()), Channel.SMS);
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

    private static SendOutcome await(java.util.concurrent.CompletableFuture<SendResult> pending, Channel channel) {
        try {
            return pending.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).outcome();
        } catch (TimeoutException e) {
            LOG.warnf("No answer from the message sender within %d s for a %s; the page says the code may still"
                    + " come", WAIT.getSeconds(), channel);
            return SendOutcome.PENDING;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.PENDING;
        } catch (ExecutionException e) {
            LOG.warnf("Message sender failed: %s", e.getCause() == null ? e : e.getCause().getClass().getSimpleName());
            return SendOutcome.PROVIDER_DOWN;
        }
    }
}
