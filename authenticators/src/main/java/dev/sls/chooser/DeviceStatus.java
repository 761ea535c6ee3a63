package dev.sls.chooser;

import java.util.List;

/**
 * How a device stands for the chooser. A device that cannot complete a login now is listed with the reason and cannot
 * be picked; a usable one may still carry a note (e.g. notifications paused, a response can be typed instead).
 *
 * @param usable     whether picking it can end in a login now
 * @param messageKey the reason or note shown beside it, or null
 * @param arguments  the message's arguments
 */
public record DeviceStatus(boolean usable, String messageKey, List<String> arguments) {

    public static final DeviceStatus USABLE = new DeviceStatus(true, null, List.of());

    public DeviceStatus {
        arguments = List.copyOf(arguments);
    }

    public static DeviceStatus usableWithNote(String messageKey, String... arguments) {
        return new DeviceStatus(true, messageKey, List.of(arguments));
    }

    public static DeviceStatus unusable(String messageKey, String... arguments) {
        return new DeviceStatus(false, messageKey, List.of(arguments));
    }
}
