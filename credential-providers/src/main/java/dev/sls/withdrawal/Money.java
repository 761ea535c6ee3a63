package dev.sls.withdrawal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of one currency, exact: a {@link BigDecimal} at the currency's own number of decimals (USD 2, JPY 0), never
 * a floating-point number. Amounts are written as plain decimal strings ({@code "250000.00"}), the currency as its
 * ISO 4217 code.
 */
public record Money(Currency currency, BigDecimal amount) implements Comparable<Money> {

    /** Whole part of at most 15 digits: well inside a {@code long} of minor units for every currency. */
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,14})(\\.[0-9]{1,4})?");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        int digits = fractionDigits(currency);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount cannot be negative");
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " has " + digits + " decimals");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /**
     * Reads an amount as an application writes it. Refuses, with a message naming the problem: a currency that is not
     * an ISO 4217 code with decimals (no XAU), a negative or exponent form, more decimals than the currency has, more
     * than 15 whole digits.
     */
    public static Money parse(String amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        if (amount == null || !DECIMAL.matcher(amount).matches()) {
            throw new IllegalArgumentException("amount must be a decimal string such as \"1500.00\"");
        }
        return new Money(currency, new BigDecimal(amount));
    }

    /** An ISO 4217 currency with a fixed number of decimals, from its upper-case code. */
    public static Currency currency(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as \"USD\"");
        }
        try {
            Currency currency = Currency.getInstance(code);
            fractionDigits(currency);
            return currency;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency " + code + " is not an ISO 4217 currency of payments");
        }
    }

    public static Money ofMinor(Currency currency, long minorUnits) {
        return new Money(currency, BigDecimal.valueOf(minorUnits, fractionDigits(currency)));
    }

    public static Money zero(Currency currency) {
        return ofMinor(currency, 0);
    }

    private static int fractionDigits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency " + currency.getCurrencyCode() + " has no fixed decimals");
        }
        return digits;
    }

    public String code() {
        return currency.getCurrencyCode();
    }

    /** The amount in the currency's smallest unit (cents for USD). */
    public long minorUnits() {
        return amount.movePointRight(amount.scale()).longValueExact();
    }

    /** The amount as written on the wire: {@code "250000.00"}. */
    public String plain() {
        return amount.toPlainString();
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(currency, amount.add(other.amount));
    }

    /**
     * Converted at {@code rate} units of {@code to} per unit of this currency, rounded up to the smallest unit of
     * {@code to}: a limit is never passed by rounding.
     */
    public Money convert(Currency to, BigDecimal rate) {
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive");
        }
        return new Money(to, amount.multiply(rate).setScale(fractionDigits(to), RoundingMode.CEILING));
    }

    /**
     * The one way an amount is shown, on the login page, on the phone and in what the phone signs:
     * {@code "USD 250,000.00"} — the code, a space, thousands separated by commas, the currency's decimals after a
     * point, whatever the language of the page, so that what the person reads is exactly what is signed.
     */
    public String display() {
        String plain = plain();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return code() + " " + grouped + (point < 0 ? "" : plain.substring(point));
    }

    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(code() + " and " + other.code() + " cannot be compared");
        }
    }

    @Override
    public String toString() {
        return display();
    }
}
