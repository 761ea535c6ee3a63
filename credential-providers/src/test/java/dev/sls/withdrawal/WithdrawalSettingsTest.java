package dev.sls.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WithdrawalSettingsTest {

    @Test
    void withoutSettingsTheSeedsTableApplies() {
        WithdrawalSettings settings = WithdrawalSettings.from(Map.of("unrelated", "x"));
        assertEquals(List.of(), settings.problems());
        assertEquals("USD", settings.currency().getCurrencyCode());
        assertEquals("200000", settings.limitsOf("sls-code-card").perDay().wire());
        assertEquals("600000", settings.limitsOf("sls-code-card").perFiveDays().wire());
        assertEquals("1000000", settings.limitsOf("sls-ib-key").perDay().wire());
        assertEquals("1000000", settings.limitsOf("sls-ib-key").perFiveDays().wire());
        assertTrue(settings.limitsOf("sls-dsc-plus").perDay().isUnlimited());
        assertTrue(settings.limitsOf("sls-dsc-plus").perFiveDays().isUnlimited());
        for (String other : List.of("sls-sms", "sls-temporary-access", "otp", "webauthn")) {
            assertTrue(!settings.limitsOf(other).permitsAny(), other + " is not in the seed's table");
        }
        assertEquals(ZoneId.of("Z"), settings.calendar().zone());
        assertTrue(settings.calendar().holidays().isEmpty());
        assertEquals(Optional.empty(), settings.counted(Money.parse("1", "EUR")), "no rate, no conversion");
    }

    @Test
    void aRealmSetsItsOwn() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("sls.withdrawal.limit.otp.day", "5000");
        attributes.put("sls.withdrawal.limit.otp.five-days", "10000.50");
        attributes.put("sls.withdrawal.limit.sls-code-card.day", "0");
        attributes.put("sls.withdrawal.limit.sls-code-card.five-days", "0");
        attributes.put("sls.withdrawal.rate.EUR", "1.0850");
        attributes.put("sls.withdrawal.holidays", "2026-12-25, 2026-01-01");
        attributes.put("sls.withdrawal.time-zone", "America/New_York");
        WithdrawalSettings settings = WithdrawalSettings.from(attributes);
        assertEquals(List.of(), settings.problems());
        assertEquals("5000", settings.limitsOf("otp").perDay().wire());
        assertEquals("10000.50", settings.limitsOf("otp").perFiveDays().wire());
        assertTrue(!settings.limitsOf("sls-code-card").permitsAny());
        assertEquals(new BigDecimal("1.0850"), settings.rates().get(Currency.getInstance("EUR")));
        assertEquals(Optional.of(Money.parse("108.50", "USD")), settings.counted(Money.parse("100", "EUR")));
        assertEquals(2, settings.calendar().holidays().size());
        assertEquals(ZoneId.of("America/New_York"), settings.calendar().zone());
    }

    @Test
    void everyProblemIsNamedAndNothingIsHalfUsed() {
        assertProblem(Map.of("sls.withdrawal.currency", "usd"), "sls.withdrawal.currency");
        assertProblem(Map.of("sls.withdrawal.limit.otp.day", "5000"), "sls.withdrawal.limit.otp: set both");
        assertProblem(Map.of("sls.withdrawal.limit.otp.day", "-5", "sls.withdrawal.limit.otp.five-days", "5"),
                "sls.withdrawal.limit.otp: must be an amount");
        assertProblem(Map.of("sls.withdrawal.limit.otp.day", "1e9", "sls.withdrawal.limit.otp.five-days", "5"),
                "sls.withdrawal.limit.otp");
        assertProblem(Map.of("sls.withdrawal.limit.otp", "5"), "sls.withdrawal.limit.otp: a limit ends in");
        assertProblem(Map.of("sls.withdrawal.limit.OTP!.day", "5", "sls.withdrawal.limit.OTP!.five-days", "5"),
                "not a credential type");
        assertProblem(Map.of("sls.withdrawal.rate.EUR", "0"), "sls.withdrawal.rate.EUR");
        assertProblem(Map.of("sls.withdrawal.rate.EUR", "1,08"), "sls.withdrawal.rate.EUR");
        assertProblem(Map.of("sls.withdrawal.rate.USD", "1"), "sls.withdrawal.rate.USD");
        assertProblem(Map.of("sls.withdrawal.rate.EURO", "1"), "sls.withdrawal.rate.EURO");
        assertProblem(Map.of("sls.withdrawal.holidays", "2026-02-30"), "sls.withdrawal.holidays: 2026-02-30");
        assertProblem(Map.of("sls.withdrawal.time-zone", "Mars/Olympus"), "sls.withdrawal.time-zone");
    }

    @Test
    void aHolidayListThatStretchesTheWindowTooFarIsRefused() {
        StringBuilder days = new StringBuilder();
        for (int day = 1; day <= 28; day++) {
            days.append(String.format("2026-02-%02d,", day));
        }
        assertProblem(Map.of("sls.withdrawal.holidays", days.toString()), "would span more than 30 days");
    }

    private static void assertProblem(Map<String, String> attributes, String expected) {
        List<String> problems = WithdrawalSettings.from(attributes).problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), expected + " in " + problems);
    }
}
