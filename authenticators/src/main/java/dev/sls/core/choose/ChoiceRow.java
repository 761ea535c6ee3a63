package dev.sls.core.choose;

import java.util.Optional;

/** A device as the chooser weighs it: the option and what, if anything, keeps it out of this login. */
record ChoiceRow(DeviceOption option, Optional<DeviceAllowance.Denial> denial) {

    boolean allowed() {
        return denial.isEmpty();
    }

    boolean selectable() {
        return allowed() && option.status().usable();
    }
}
