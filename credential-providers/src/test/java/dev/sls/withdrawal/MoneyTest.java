package dev.sls.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void readsExactDecimalsAtTheCurrencysScale() {
        Money money = Money.parse("250000.5", "USD");
        assertEquals(new BigDecimal("250000.50"), money.amount());
        assertEquals(25_000_050L, money.minorUnits());
        assertEquals("250000.50", money.plain());
        assertEquals(Money.parse("0.10", "USD").plus(Money.parse("0.20", "USD")), Money.parse("0.3", "USD"),
                "no floating point anywhere");
        assertEquals(1500L, Money.parse("1500", "JPY").minorUnits());
        assertEquals(1_234L, Money.parse("1.234", "BHD").minorUnits());
    }

    @Test
    void showsOneWayWhateverTheLanguage() {
        assertEquals("USD 250,000.00", Money.parse("250000", "USD").display());
        assertEquals("USD 1,000,000.00", Money.parse("1000000", "USD").display());
        assertEquals("USD 999.99", Money.parse("999.99", "USD").display());
        assertEquals("JPY 1,500", Money.parse("1500", "JPY").display());
        assertEquals("EUR 0.05", Money.parse("0.05", "EUR").display());
        assertEquals("USD 100,000,000,000,000.00", Money.parse("100000000000000", "USD").display());
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        for (String bad : new String[] {"", " 1", "1 ", "-1", "+1", "1e5", "1E5", "0x10", "1,000", "01", ".5", "5.",
                "1.001", "NaN", "Infinity", "1000000000000000", "١٢٣"}) {
            assertThrows(IllegalArgumentException.class, () -> Money.parse(bad, "USD"), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1.5", "JPY"), "JPY has no decimals");
        assertThrows(IllegalArgumentException.class, () -> Money.parse(null, "USD"));
    }

    @Test
    void refusesWhatIsNotACurrencyOfPayments() {
        for (String bad : new String[] {"usd", "US", "USDX", "XXY", "XAU", "XXX", "", "U$D"}) {
            assertThrows(IllegalArgumentException.class, () -> Money.parse("1", bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1", null));
    }

    @Test
    void convertsRoundingUpSoALimitIsNeverPassedByRounding() {
        Currency usd = Currency.getInstance("USD");
        assertEquals(Money.parse("0.01", "USD"), Money.parse("1", "JPY").convert(usd, new BigDecimal("0.0067")));
        assertEquals(Money.parse("108.50", "USD"), Money.parse("100", "EUR").convert(usd, new BigDecimal("1.085")));
        assertEquals(Money.parse("1.09", "USD"), Money.parse("1", "EUR").convert(usd, new BigDecimal("1.0801")));
    }

    @Test
    void comparesOnlyTheSameCurrency() {
        assertThrows(IllegalArgumentException.class, () -> Money.parse("1", "USD").compareTo(Money.parse("1", "EUR")));
        assertEquals(-1, Integer.signum(Money.parse("1", "USD").compareTo(Money.parse("1.01", "USD"))));
    }
}
