package dev.sls.ibkey.app;

import dev.sls.core.pin.PinPolicy;
import dev.sls.core.pin.PinProblem;
import dev.sls.core.pin.PinProfile;
import dev.sls.ibkey.protocol.IbKeyProtocol;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;

/** The app PIN at activation: checked against the PIN rules, sent only as its SHA-1 (the OCRA "P" input). */
final class AppPin {

    private AppPin() {
    }

    /** Lower-case hex SHA-1 of the PIN, or null on platforms without a PIN. */
    static String checkedHash(String platform, String pin, Collection<String> personalWords) {
        if (!IbKeyProtocol.platformUsesPin(platform)) {
            return null;
        }
        Set<PinProblem> problems = PinPolicy.check(PinProfile.APP, pin, personalWords);
        if (!problems.isEmpty()) {
            throw new PinRefusedException(problems);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(pin.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA-1", e);
        }
    }
}
