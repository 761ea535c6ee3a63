package dev.sls.level;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The step's configured amr value gives way to what this login proved. */
class ProvedMethodsTest {

    @Test
    void aCodeReadOutInACallIsTelInsteadOfSms() {
        assertEquals(List.of("pwd", "tel"), ProvedMethods.apply(List.of("pwd", "sms"), "sms=tel"));
    }

    @Test
    void aCodeThatWentBothWaysIsBoth() {
        assertEquals(List.of("pwd", "sms", "tel"), ProvedMethods.apply(List.of("pwd", "sms"), "sms=sms tel"));
    }

    @Test
    void withoutANoteOrItsValueNothingChanges() {
        assertEquals(List.of("pwd", "sms"), ProvedMethods.apply(List.of("pwd", "sms"), null));
        assertEquals(List.of("pwd", "swk"), ProvedMethods.apply(List.of("pwd", "swk"), "sms=tel"));
        assertEquals(List.of("pwd", "sms"), ProvedMethods.apply(List.of("pwd", "sms"), "garbage"));
    }
}
