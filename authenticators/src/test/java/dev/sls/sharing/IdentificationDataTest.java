package dev.sls.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentificationDataTest {

    private static Map<String, String> carol() {
        Map<String, String> data = new HashMap<>();
        data.put(IdentificationData.BIRTH_DATE, "1980-03-07");
        data.put(IdentificationData.CITIZENSHIP, "JP");
        data.put(IdentificationData.RESIDENCE, "FR");
        data.put(IdentificationData.DOCUMENT_TYPE, "passport");
        data.put(IdentificationData.DOCUMENT_NUMBER, "TR-123 4567");
        return data;
    }

    private static IdentificationData of(Map<String, String> data) {
        return IdentificationData.from(data::get);
    }

    @Test
    void theSameDataWrittenDifferentlyIsOneIndividual() {
        Map<String, String> other = carol();
        other.put(IdentificationData.BIRTH_DATE, "1980/3/7");
        other.put(IdentificationData.CITIZENSHIP, " jp ");
        other.put(IdentificationData.DOCUMENT_TYPE, "PASSPORT");
        other.put(IdentificationData.DOCUMENT_NUMBER, "tr1234567");
        assertTrue(of(carol()).sameIndividualAs(of(other)));
        other.put(IdentificationData.BIRTH_DATE, "19800307");
        assertTrue(of(carol()).sameIndividualAs(of(other)));
    }

    @Test
    void anyDifferingPartIsAnotherIndividual() {
        for (String part : new String[] {IdentificationData.BIRTH_DATE, IdentificationData.CITIZENSHIP,
                IdentificationData.RESIDENCE, IdentificationData.DOCUMENT_TYPE, IdentificationData.DOCUMENT_NUMBER}) {
            Map<String, String> other = carol();
            other.put(part, part.equals(IdentificationData.BIRTH_DATE) ? "1980-03-08" : "X" + other.get(part));
            assertFalse(of(carol()).sameIndividualAs(of(other)), part);
        }
    }

    @Test
    void incompleteDataNeverMatchesEvenItself() {
        Map<String, String> partial = carol();
        partial.remove(IdentificationData.DOCUMENT_NUMBER);
        assertFalse(of(partial).sameIndividualAs(of(partial)));
        assertFalse(of(Map.of()).sameIndividualAs(of(Map.of())));
        Map<String, String> badDate = carol();
        badDate.put(IdentificationData.BIRTH_DATE, "1980-02-30");
        assertFalse(of(badDate).sameIndividualAs(of(badDate)));
    }

    @Test
    void usCitizensAndResidentsAreComparedByTheirSocialSecurityNumber() {
        Map<String, String> us = carol();
        us.put(IdentificationData.CITIZENSHIP, "US");
        us.remove(IdentificationData.DOCUMENT_TYPE);
        us.remove(IdentificationData.DOCUMENT_NUMBER);
        us.put(IdentificationData.SSN, "123-45-6789");
        Map<String, String> same = new HashMap<>(us);
        same.put(IdentificationData.SSN, "123 45 6789");
        assertTrue(of(us).sameIndividualAs(of(same)));
        same.put(IdentificationData.SSN, "123-45-6780");
        assertFalse(of(us).sameIndividualAs(of(same)));
        Map<String, String> resident = carol();
        resident.put(IdentificationData.RESIDENCE, "usa");
        resident.put(IdentificationData.SSN, "123-45-6789");
        Map<String, String> residentOther = new HashMap<>(resident);
        residentOther.put(IdentificationData.SSN, "999-45-6789");
        assertFalse(of(resident).sameIndividualAs(of(residentOther)), "a US resident's SSN decides");
    }

    @Test
    void datesAreReadAsDates() {
        assertEquals(Optional.of(LocalDate.of(2001, 1, 2)), IdentificationData.date("2001-1-2"));
        assertEquals(Optional.of(LocalDate.of(2001, 1, 2)), IdentificationData.date(" 2001.01.02 "));
        assertEquals(Optional.empty(), IdentificationData.date("02/01/2001"));
        assertEquals(Optional.empty(), IdentificationData.date("x".repeat(100)));
        assertEquals("AB12", IdentificationData.text(" a-b\u00a01\u20132 "));
    }
}
