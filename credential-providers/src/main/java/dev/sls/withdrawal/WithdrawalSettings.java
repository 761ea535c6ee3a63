package dev.sls.withdrawal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.keycloak.models.RealmModel;

/**
 * A realm's withdrawal rules, read from realm attributes (realm JSON, admin REST, or
 * {@code PUT /admin/realms/{realm}/sls/withdrawal/settings}, which checks them):
 * <ul>
 *   <li>{@value #CURRENCY}: the currency of the limits (default USD);</li>
 *   <li>{@code sls.withdrawal.limit.<credential type>.day} and {@code ….five-days}: one device's limits, both or
 *   neither; defaults: the seed's table ({@link #SEED_LIMITS}); any other device confirms nothing;</li>
 *   <li>{@code sls.withdrawal.rate.<ISO code>}: units of the limit currency one unit of another currency counts as;
 *   a withdrawal in a currency without a rate is refused;</li>
 *   <li>{@value #HOLIDAYS}: ISO dates that are not business days, besides weekends (default none);</li>
 *   <li>{@value #TIME_ZONE}: where business days begin and end (default UTC).</li>
 * </ul>
 * Settings with a problem are never half-used: {@link #problems()} lists them and no withdrawal is confirmed.
 */
public record WithdrawalSettings(Currency currency, Map<String, DeviceLimits> limits, Map<Currency, BigDecimal> rates,
                                 BusinessCalendar calendar, List<String> problems) {

    public static final String PREFIX = "sls.withdrawal.";
    public static final String CURRENCY = PREFIX + "currency";
    public static final String LIMIT_PREFIX = PREFIX + "limit.";
    public static final String DAY_SUFFIX = ".day";
    public static final String FIVE_DAYS_SUFFIX = ".five-days";
    public static final String RATE_PREFIX = PREFIX + "rate.";
    public static final String HOLIDAYS = PREFIX + "holidays";
    public static final String TIME_ZONE = PREFIX + "time-zone";
    public static final String DEFAULT_CURRENCY = "USD";

    /**
     * The seed's withdrawal limits table (USD), by credential type: Security Code Card 200,000 a day and 600,000 in
     * five business days; IB Key 1,000,000 and 1,000,000; DSC+ unlimited. The seed lists no other
     * device, so none other confirms withdrawals until the realm gives it limits.
     */
    public static final Map<String, DeviceLimits> SEED_LIMITS = Map.of(
            "sls-code-card", new DeviceLimits(amount("200000"), amount("600000")),
            "sls-ib-key", new DeviceLimits(amount("1000000"), amount("1000000")),
            "sls-dsc-plus", new DeviceLimits(WithdrawalLimit.UNLIMITED, WithdrawalLimit.UNLIMITED));

    public WithdrawalSettings {
        limits = Map.copyOf(limits);
        rates = Map.copyOf(rates);
        problems = List.copyOf(problems);
    }

    private static WithdrawalLimit amount(String value) {
        return WithdrawalLimit.parse(value);
    }

    public static WithdrawalSettings of(RealmModel realm) {
        return from(realm.getAttributes());
    }

    /** Reads the settings from realm attributes; unrelated attributes are ignored. */
    public static WithdrawalSettings from(Map<String, String> attributes) {
        List<String> problems = new ArrayList<>();
        Currency currency = Money.currency(DEFAULT_CURRENCY);
        String code = attributes.get(CURRENCY);
        if (code != null && !code.isBlank()) {
            try {
                currency = Money.currency(code.trim());
            } catch (IllegalArgumentException e) {
                problems.add(CURRENCY + ": " + e.getMessage());
            }
        }
        Map<String, DeviceLimits> limits = new LinkedHashMap<>(SEED_LIMITS);
        readLimits(attributes, limits, problems);
        Map<Currency, BigDecimal> rates = readRates(attributes, currency, problems);
        ZoneId zone = ZoneOffset.UTC;
        String zoneName = attributes.get(TIME_ZONE);
        if (zoneName != null && !zoneName.isBlank()) {
            try {
                zone = ZoneId.of(zoneName.trim());
            } catch (DateTimeException e) {
                problems.add(TIME_ZONE + ": " + zoneName.trim() + " is not a time zone such as America/New_York");
            }
        }
        BusinessCalendar calendar = new BusinessCalendar(zone, readHolidays(attributes.get(HOLIDAYS), problems));
        if (problems.isEmpty() && !windowsFit(calendar)) {
            problems.add(HOLIDAYS + ": five business days would span more than " + BusinessCalendar.MAX_SPAN_DAYS
                    + " days");
        }
        return new WithdrawalSettings(currency, limits, rates, calendar, problems);
    }

    /** The limits of a kind of device: configured, else the seed's, else none. */
    public DeviceLimits limitsOf(String credentialType) {
        return limits.getOrDefault(credentialType, DeviceLimits.NONE);
    }

    /** What {@code money} counts as in the limit currency: itself, converted at the realm's rate, or nothing. */
    public Optional<Money> counted(Money money) {
        if (money.currency().equals(currency)) {
            return Optional.of(money);
        }
        return Optional.ofNullable(rates.get(money.currency())).map(rate -> money.convert(currency, rate));
    }

    private static void readLimits(Map<String, String> attributes, Map<String, DeviceLimits> limits,
                                   List<String> problems) {
        Set<String> types = new TreeSet<>();
        attributes.keySet().stream().filter(k -> k.startsWith(LIMIT_PREFIX)).forEach(key -> {
            String rest = key.substring(LIMIT_PREFIX.length());
            if (rest.endsWith(DAY_SUFFIX) || rest.endsWith(FIVE_DAYS_SUFFIX)) {
                types.add(rest.substring(0, rest.length()
                        - (rest.endsWith(DAY_SUFFIX) ? DAY_SUFFIX : FIVE_DAYS_SUFFIX).length()));
            } else {
                problems.add(key + ": a limit ends in " + DAY_SUFFIX + " or " + FIVE_DAYS_SUFFIX);
            }
        });
        for (String type : types) {
            String dayKey = LIMIT_PREFIX + type + DAY_SUFFIX;
            String fiveKey = LIMIT_PREFIX + type + FIVE_DAYS_SUFFIX;
            if (!type.matches("[a-z][a-z0-9-]{0,63}")) {
                problems.add(dayKey + ": not a credential type");
                continue;
            }
            if (!attributes.containsKey(dayKey) || !attributes.containsKey(fiveKey)) {
                problems.add(LIMIT_PREFIX + type + ": set both " + DAY_SUFFIX.substring(1) + " and "
                        + FIVE_DAYS_SUFFIX.substring(1));
                continue;
            }
            try {
                limits.put(type, new DeviceLimits(WithdrawalLimit.parse(attributes.get(dayKey)),
                        WithdrawalLimit.parse(attributes.get(fiveKey))));
            } catch (IllegalArgumentException e) {
                problems.add(LIMIT_PREFIX + type + ": " + e.getMessage());
            }
        }
    }

    private static Map<Currency, BigDecimal> readRates(Map<String, String> attributes, Currency limitCurrency,
                                                       List<String> problems) {
        Map<Currency, BigDecimal> rates = new LinkedHashMap<>();
        attributes.forEach((key, value) -> {
            if (!key.startsWith(RATE_PREFIX)) {
                return;
            }
            try {
                Currency from = Money.currency(key.substring(RATE_PREFIX.length()));
                String rate = value == null ? "" : value.trim();
                if (from.equals(limitCurrency) || !rate.matches("(0|[1-9][0-9]{0,9})(\\.[0-9]{1,10})?")
                        || new BigDecimal(rate).signum() == 0) {
                    throw new IllegalArgumentException("must be a positive decimal such as 1.0850, for a currency"
                            + " other than " + limitCurrency.getCurrencyCode());
                }
                rates.put(from, new BigDecimal(rate));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
        });
        return rates;
    }

    private static Set<LocalDate> readHolidays(String list, List<String> problems) {
        Set<LocalDate> days = new TreeSet<>();
        if (list == null || list.isBlank()) {
            return days;
        }
        for (String item : list.split("[,\\s]+")) {
            if (item.isBlank()) {
                continue;
            }
            try {
                days.add(LocalDate.parse(item.trim()));
            } catch (DateTimeParseException e) {
                problems.add(HOLIDAYS + ": " + item.trim() + " is not a date such as 2026-12-25");
            }
        }
        return days;
    }

    /**
     * Whether every holiday has a business day after it and every window near a holiday fits the bound (a window
     * that touches no holiday is five business days and one or two weekends).
     */
    private static boolean windowsFit(BusinessCalendar calendar) {
        for (LocalDate holiday : calendar.holidays()) {
            if (calendar.businessDayOf(holiday.atStartOfDay(calendar.zone()).toInstant()).isEmpty()) {
                return false;
            }
            for (int after = 0; after <= BusinessCalendar.MAX_SPAN_DAYS; after++) {
                LocalDate day = holiday.plusDays(after);
                if (calendar.isBusinessDay(day) && calendar.windowStart(day).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }
}
