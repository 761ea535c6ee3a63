package dev.sls.level;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CibaDeviceNotesTest {

    @Test
    void anApprovalsParametersReadBackAsTheDeviceAndItsAmrUnderKeycloaksPrefix() {
        Map<String, String> approval = CibaDeviceNotes.approval("sls-ib-key", "c1", 3, "swk");
        assertEquals(Optional.of(new UsedDevice("sls-ib-key", "c1", 3)),
                UsedDevice.parse(approval.get(UsedDevice.NOTE)));
        assertEquals("swk", approval.get(CibaDeviceNotes.AMR_NOTE));
        // The prefix the documentation and the admin see on the client session's notes.
        assertEquals("ciba_callback_response_param_", CibaDeviceNotes.CALLBACK_PREFIX);
    }
}
