package dev.sls.mobile;

import dev.sls.mobile.code.PendingCode;
import dev.sls.mobile.number.NumberPolicy;
import dev.sls.mobile.number.NumberProblem;
import dev.sls.mobile.number.ParsedNumber;
import dev.sls.mobile.number.PhoneNumberParser;
import dev.sls.mobile.send.Channel;
import dev.sls.mobile.send.CodeDelivery;
import dev.sls.mobile.send.CodePurpose;
import dev.sls.mobile.send.LineType;
import dev.sls.mobile.send.MessageSender;
import dev.sls.mobile.send.SendOutcome;
import dev.sls.mobile.send.SendReport;
import dev.sls.mobile.settings.PhoneSettings;
import dev.sls.mobile.store.MobileNumber;
import dev.sls.mobile.store.UserNumbers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A realm's mobile numbers, for every part of the pack that sends codes (number verification, SMS login, IB Key
 * activation without QR): a user's numbers and which are verified, checking a typed number against the realm's
 * policy, and sending a code to a number with the abuse limits applied.
 */
public final class MobileNumbers {

    private static final Map<String, String> REGION_OF_LANGUAGE = Map.of("ja", "JP", "fr", "FR", "en", "US");

    private final KeycloakSession session;
    private final RealmModel realm;
    private final PhoneSettings settings;

    public MobileNumbers(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.settings = PhoneSettings.of(realm);
    }

    public PhoneSettings settings() {
        return settings;
    }

    /** All of the user's numbers, the default first. */
    public List<MobileNumber> of(UserModel user) {
        return UserNumbers.list(user);
    }

    public List<MobileNumber> verified(UserModel user) {
        return of(user).stream().filter(MobileNumber::verified).toList();
    }

    /** The number codes go to: the default, when it is verified. */
    public Optional<MobileNumber> verifiedDefault(UserModel user) {
        return of(user).stream().filter(n -> n.isDefault() && n.verified()).findFirst();
    }

    /**
     * A typed number as the realm accepts it for this user: valid, mobile, allowed by the policy (numbering plan and,
     * when the sender is set to, the provider's line-type lookup), not one the user has, and within the number limit.
     */
    public PhoneNumberParser.Result check(UserModel user, String region, String typed) {
        PhoneNumberParser.Result parsed = PhoneNumberParser.parse(region, typed);
        if (!parsed.ok()) {
            return parsed;
        }
        ParsedNumber number = parsed.number();
        NumberPolicy policy = new NumberPolicy(settings.refuseVoip(), settings.refusedRegions());
        Optional<NumberProblem> problem = policy.check(number);
        if (problem.isEmpty() && UserNumbers.find(user, number.e164()).isPresent()) {
            problem = Optional.of(NumberProblem.ALREADY_ADDED);
        }
        if (problem.isEmpty() && of(user).size() >= UserNumbers.MAX_NUMBERS) {
            problem = Optional.of(NumberProblem.TOO_MANY);
        }
        if (problem.isEmpty()) {
            problem = lookUp(number.e164()).flatMap(policy::check);
        }
        return problem.map(PhoneNumberParser.Result::refused).orElse(parsed);
    }

    /** Adds a number that passed {@link #check}, unverified. */
    public void add(UserModel user, ParsedNumber number) {
        UserNumbers.add(user, number.e164());
    }

    public void markVerified(UserModel user, String e164) {
        UserNumbers.markVerified(user, e164);
    }

    public boolean makeDefault(UserModel user, String e164) {
        return UserNumbers.makeDefault(user, e164);
    }

    public void remove(UserModel user, String e164) {
        UserNumbers.remove(user, e164);
    }

    /** Sends {@code code} to its number on {@code channel}, within the realm's limits (per user, number and IP). */
    public SendReport send(UserModel user, PendingCode code, Channel channel) {
        return send(user, code, channel, CodePurpose.SIGN_IN);
    }

    /** As {@link #send(UserModel, PendingCode, Channel)}, worded for {@code purpose}. */
    public SendReport send(UserModel user, PendingCode code, Channel channel, CodePurpose purpose) {
        return new CodeDelivery(session, realm, settings).send(user, code, channel, purpose);
    }

    /** A text without a code to {@code e164} (see {@link CodeDelivery#sendNotice}); the outcome comes later. */
    public CompletableFuture<SendOutcome> sendNotice(UserModel user, String e164, String messageKey, String fallback, Object... args) {
        return new CodeDelivery(session, realm, settings).sendNotice(user, e164, messageKey, fallback, args);
    }

    /** The country the picker starts on: the realm's setting, else the country of the person's language. */
    public String defaultRegion(Locale locale) {
        if (settings.defaultRegion() != null) {
            return settings.defaultRegion();
        }
        if (locale != null && !locale.getCountry().isEmpty()) {
            return locale.getCountry();
        }
        return REGION_OF_LANGUAGE.getOrDefault(locale == null ? "en" : locale.getLanguage(), "US");
    }

    private Optional<LineType> lookUp(String e164) {
        MessageSender sender = session.getProvider(MessageSender.class, settings.sender());
        if (sender == null) {
            return Optional.empty();
        }
        try {
            return sender.lineType(e164, settings.raw()).get(CodeDelivery.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
