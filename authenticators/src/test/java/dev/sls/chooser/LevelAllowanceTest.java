package dev.sls.chooser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keycloak.models.Constants;

class LevelAllowanceTest {

    private static final LevelAllowance RULE = new LevelAllowance();

    private static DeviceOption device(Integer level) {
        return new DeviceOption("e", "sls-ib-key", "c", "sls-ib-key-display-name", "phone", level,
                DeviceStatus.USABLE);
    }

    @Test
    void aDeviceReachingTheNeededLevelIsAllowed() {
        assertTrue(RULE.deny(null, device(3), 3).isEmpty());
        assertTrue(RULE.deny(null, device(4), 3).isEmpty());
    }

    @Test
    void aLoginNeedingNoLevelAllowsEveryDevice() {
        assertTrue(RULE.deny(null, device(null), Constants.NO_LOA).isEmpty());
        assertTrue(RULE.deny(null, device(1), Constants.MINIMUM_LOA).isEmpty());
    }

    @Test
    void aDeviceBelowTheLevelOrWithoutOneIsRefusedWithTheLevelNeeded() {
        Optional<DeviceAllowance.Denial> below = RULE.deny(null, device(1), 3);
        assertEquals(Optional.of(new DeviceAllowance.Denial(LevelAllowance.BELOW_LEVEL, List.of("3"), 3,
                DeviceNeededPage.DEVICE_NEEDED)), below);
        assertTrue(RULE.deny(null, device(null), 2).isPresent());
    }

    @Test
    void thePreselectedRowIsTheLastUsedUsableOneElseTheFirstUsable() {
        ChoiceRow card = new ChoiceRow(new DeviceOption("e1", "sls-code-card", "card", "n", "", 1,
                DeviceStatus.USABLE), Optional.empty());
        ChoiceRow sms = new ChoiceRow(new DeviceOption("e2", "sls-sms", "sms", "n", "", 2,
                DeviceStatus.unusable("slsChooserSmsUsedUp", "5")), Optional.empty());
        ChoiceRow otp = new ChoiceRow(new DeviceOption("e3", "otp", "otp", "n", "", 2, DeviceStatus.USABLE),
                Optional.empty());
        List<ChoiceRow> rows = List.of(card, sms, otp);
        assertEquals(Optional.of(otp), DeviceChooser.preselected(rows, Optional.of("otp")));
        assertEquals(Optional.of(card), DeviceChooser.preselected(rows, Optional.of("sms")), "sms cannot be used now");
        assertEquals(Optional.of(card), DeviceChooser.preselected(rows, Optional.empty()));
    }
}
