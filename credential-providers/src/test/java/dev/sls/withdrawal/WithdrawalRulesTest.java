package dev.sls.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.withdrawal.WithdrawalDecision.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WithdrawalRulesTest {

    private static final String CARD = "sls-code-card";
    private static final String IB_KEY = "sls-ib-key";
    private static final String DSC_PLUS = "sls-dsc-plus";
    private static final WithdrawalSettings SEED = WithdrawalSettings.from(Map.of());
    // Tuesday 2026-03-03, noon UTC.
    private static final Instant TUESDAY = Instant.parse("2026-03-03T12:00:00Z");

    private final List<PastWithdrawal> history = new ArrayList<>();

    @Test
    void withinTheDevicesLimitsItIsAllowed() {
        WithdrawalDecision decision = decide(CARD, "200000.00", TUESDAY, Set.of(CARD));
        assertTrue(decision.allowed());
        assertEquals(Optional.of(usd("200000")), decision.counted());
    }

    @Test
    void aboveTheDailyLimitTheWeakestDeviceThatWouldAllowItIsNamed() {
        WithdrawalDecision decision = decide(CARD, "200000.01", TUESDAY, Set.of(CARD));
        assertEquals(Reason.DAY_LIMIT, decision.reason());
        assertEquals(Optional.of(usd("200000")), decision.limit());
        assertEquals(Optional.of(IB_KEY), decision.needed(), "IB Key allows USD 1,000,000 a day");
        assertFalse(decision.neededHeld());

        WithdrawalDecision holdsDscPlus = decide(CARD, "250000", TUESDAY, Set.of(CARD, DSC_PLUS));
        assertEquals(Optional.of(DSC_PLUS), holdsDscPlus.needed(), "a device the person holds comes first");
        assertTrue(holdsDscPlus.neededHeld());

        WithdrawalDecision overIbKey = decide(IB_KEY, "1000000.01", TUESDAY, Set.of(IB_KEY, CARD));
        assertEquals(Optional.of(DSC_PLUS), overIbKey.needed(), "only the DSC+ confirms more than a million");
    }

    @Test
    void everyWithdrawalOfTheDayCountsWhateverDeviceConfirmedIt() {
        past("2026-03-03T08:00:00Z", "150000");
        past("2026-03-03T09:00:00Z", "40000");
        assertTrue(decide(CARD, "10000", TUESDAY, Set.of(CARD)).allowed());
        assertEquals(Reason.DAY_LIMIT, decide(CARD, "10000.01", TUESDAY, Set.of(CARD)).reason());
        assertTrue(decide(IB_KEY, "810000", TUESDAY, Set.of(IB_KEY)).allowed());
    }

    @Test
    void theFiveBusinessDayWindowReachesBackAcrossTheWeekend() {
        // Window of Tuesday 3 March: Wednesday 25 Feb .. Tuesday 3 March (Sat 28, Sun 1 in between).
        past("2026-02-24T12:00:00Z", "190000"); // Tuesday a week ago: outside
        past("2026-02-25T12:00:00Z", "190000"); // Wednesday: first day of the window
        past("2026-02-27T12:00:00Z", "190000"); // Friday
        past("2026-02-28T12:00:00Z", "10000");  // Saturday: counts on Monday
        assertTrue(decide(CARD, "10000", TUESDAY, Set.of(CARD)).allowed(), "190+190+10+10 = 400 <= 600");
        past("2026-03-02T12:00:00Z", "180000"); // Monday: 180 + 10 from Saturday
        WithdrawalDecision decision = decide(CARD, "30000.01", TUESDAY, Set.of(CARD));
        assertEquals(Reason.FIVE_DAY_LIMIT, decision.reason(), "570,000 + 30,000.01 > 600,000");
        assertEquals(Optional.of(usd("600000")), decision.limit());
        assertTrue(decide(CARD, "30000", TUESDAY, Set.of(CARD)).allowed());
        // On Thursday, Wednesday 25 Feb has left the window.
        assertTrue(decide(CARD, "190000", Instant.parse("2026-03-05T12:00:00Z"), Set.of(CARD)).allowed());
    }

    @Test
    void onAWeekendTheWithdrawalCountsOnMonday() {
        past("2026-03-02T09:00:00Z", "150000"); // Monday
        Instant saturdayBefore = Instant.parse("2026-02-28T12:00:00Z");
        assertEquals(Reason.DAY_LIMIT, decide(CARD, "50000.01", saturdayBefore, Set.of(CARD)).reason(),
                "a Saturday withdrawal counts on Monday, with Monday's");
        assertTrue(decide(CARD, "50000", saturdayBefore, Set.of(CARD)).allowed());
        history.clear();
        past("2026-02-28T09:00:00Z", "150000"); // Saturday
        assertEquals(Reason.DAY_LIMIT, decide(CARD, "60000", Instant.parse("2026-03-02T09:00:00Z"), Set.of(CARD))
                .reason(), "Saturday's and Monday's withdrawals share Monday's limit");
    }

    @Test
    void devicesOutsideTheTableConfirmNothing() {
        WithdrawalDecision decision = decide("sls-sms", "1.00", TUESDAY, Set.of("sls-sms", CARD));
        assertEquals(Reason.DEVICE_NOT_PERMITTED, decision.reason());
        assertEquals(Optional.of(CARD), decision.needed());
        assertTrue(decision.neededHeld());
    }

    @Test
    void anotherCurrencyNeedsARate() {
        assertEquals(Reason.CURRENCY_NOT_ACCEPTED, decide(CARD, Money.parse("100", "EUR"), SEED).reason());
        WithdrawalSettings withRate = WithdrawalSettings.from(Map.of("sls.withdrawal.rate.EUR", "2"));
        assertTrue(decide(CARD, Money.parse("100000", "EUR"), withRate).allowed());
        WithdrawalDecision over = decide(CARD, Money.parse("100000.01", "EUR"), withRate);
        assertEquals(Reason.DAY_LIMIT, over.reason());
        assertEquals(Optional.of(usd("200000.02")), over.counted());
    }

    @Test
    void brokenSettingsConfirmNothingNotEvenOnTheDscPlus() {
        WithdrawalSettings broken = WithdrawalSettings.from(Map.of("sls.withdrawal.currency", "dollars"));
        assertEquals(Reason.SETTINGS_INVALID, decide(DSC_PLUS, usd("1"), broken).reason());
    }

    @Test
    void withNothingEnoughNoDeviceIsNamed() {
        WithdrawalSettings capped = WithdrawalSettings.from(Map.of("sls.withdrawal.limit.sls-dsc-plus.day", "5",
                "sls.withdrawal.limit.sls-dsc-plus.five-days", "5"));
        WithdrawalDecision decision = decide(CARD, usd("2000000"), capped);
        assertEquals(Reason.DAY_LIMIT, decision.reason());
        assertEquals(Optional.empty(), decision.needed());
    }

    private WithdrawalDecision decide(String type, String amount, Instant now, Set<String> held) {
        return WithdrawalRules.decide(SEED, history, type, usd(amount), now, held);
    }

    private WithdrawalDecision decide(String type, Money amount, WithdrawalSettings settings) {
        return WithdrawalRules.decide(settings, history, type, amount, TUESDAY, Set.of(type));
    }

    private void past(String at, String amount) {
        history.add(new PastWithdrawal(Instant.parse(at), usd(amount), usd(amount)));
    }

    private static Money usd(String amount) {
        return Money.parse(amount, "USD");
    }
}
