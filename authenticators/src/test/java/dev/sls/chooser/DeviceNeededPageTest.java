package dev.sls.chooser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceNeededPageTest {

    @Test
    void reasonsAreJoinedAsSentencesWithoutASpaceAfterAFullWidthStop() {
        assertEquals("One. Two.", DeviceNeededPage.sentences(List.of("One.", "Two.")));
        assertEquals("一つ。二つ。", DeviceNeededPage.sentences(List.of("一つ。", "二つ。")));
        assertEquals("Seul.", DeviceNeededPage.sentences(List.of("Seul.")));
    }
}
