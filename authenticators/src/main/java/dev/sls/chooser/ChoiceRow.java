package dev.sls.chooser;

import java.util.Optional;

/** A device as the chooser weighs it: the option and what, if anything, keeps it out of this login. */
record ChoiceRow(DeviceOption option, Optional<DeviceAllowance.Denial> denial) {

    boolean allowed() {
        return denial.isEmpty();
    }

    /** Kept out by the level this login needs, which only the chooser checks (other rules each device checks too). */
    boolean belowLevel() {
        return denial.filter(d -> LevelAllowance.BELOW_LEVEL.equals(d.messageKey())).isPresent();
    }

    boolean selectable() {
        return allowed() && option.status().usable();
    }
}
