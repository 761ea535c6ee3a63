package dev.sls.chooser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceNeededPageTest {

    @Test
    void reasonsAreJoinedAsSentencesWithoutASpaceAfterAFullWidthStop() {
        assertEquals("One. Two.", DeviceNeededPage.sentences(List.of("One.", "Two.")));
        assertEquals("一つ。二つ。", DeviceNeededPage.sentences(List.of("一つ。", "二つ。")));
        assertEquals("Seul.", DeviceNeededPage.sentences(List.of("Seul.")));
    }

    private static ChoiceRow row(String type, String key, String code) {
        return new ChoiceRow(new DeviceOption("e-" + type, type, null, type, "", 1, DeviceStatus.USABLE),
                Optional.of(new DeviceAllowance.Denial(key, List.of(), 3, code)));
    }

    @Test
    void goingBackSaysTheRulesReasonALimitFirstElseThatADeviceIsNeeded() {
        ChoiceRow sms = row("sls-sms", "slsWithdrawalNotPermitted", "withdrawal_device_needed");
        ChoiceRow card = row("sls-code-card", "slsWithdrawalDayLimit", "withdrawal_limit");
        ChoiceRow below = row("otp", LevelAllowance.BELOW_LEVEL, DeviceNeededPage.DEVICE_NEEDED);
        assertEquals("withdrawal_limit", DeviceNeededPage.cancelCode(List.of(sms, card, below)));
        assertEquals("withdrawal_device_needed", DeviceNeededPage.cancelCode(List.of(below, sms)));
        assertEquals(DeviceNeededPage.DEVICE_NEEDED, DeviceNeededPage.cancelCode(List.of(below)));
    }
}
