package dev.sls.mobile.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.mobile.number.ParsedNumber.NumberKind;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JP | 090-1234-5678       | +819012345678",
        "JP | 81 90 1234 5678     | +819012345678",
        "JP | +81 (0)90 1234 5678 | +819012345678",
        "JP | ０９０ー１２３４ー５６７８ | +819012345678",
        "FR | 06 12 34 56 78      | +33612345678",
        "FR | 0033 6 12 34 56 78  | +33612345678",
        "GB | 07911 123456        | +447911123456",
        "US | (415) 555-0123      | +14155550123",
        "DE | +1 415 555 0123     | +14155550123",
    })
    void typedNumbersBecomeE164(String region, String typed, String e164) {
        PhoneNumberParser.Result result = PhoneNumberParser.parse(region, typed);
        assertTrue(result.ok(), () -> typed + ": " + result.problem());
        assertEquals(e164, result.number().e164());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "US | 1-800-FLOWERS   | LETTERS",
        "US | 555-CALL        | LETTERS",
        "FR | 06 12           | TOO_SHORT",
        "FR | 06 12 34 56 78 90 12 34 | TOO_LONG",
        "US | +999 123 456 789| UNKNOWN_COUNTRY",
        "US | 12;34           | INVALID",
        "US | '   '           | MISSING",
    })
    void impossibleNumbersAreRefusedWithTheReason(String region, String typed, NumberProblem problem) {
        assertEquals(problem, PhoneNumberParser.parse(region, typed).problem());
    }

    @Test
    void anUnknownOrMissingRegionStillReadsInternationalNumbers() {
        assertEquals("+819012345678", PhoneNumberParser.parse("XX", "+81 90 1234 5678").number().e164());
        assertEquals("+819012345678", PhoneNumberParser.parse(null, "+81 90 1234 5678").number().e164());
        assertFalse(PhoneNumberParser.parse(null, "090 1234 5678").ok());
    }

    @Test
    void theNumberingPlanSaysWhatKindOfLineItIs() {
        assertEquals(NumberKind.MOBILE, PhoneNumberParser.parse("JP", "090-1234-5678").number().kind());
        assertEquals(NumberKind.VOIP, PhoneNumberParser.parse("GB", "056 1234 5678").number().kind());
        assertEquals(NumberKind.NOT_MOBILE, PhoneNumberParser.parse("FR", "01 23 45 67 89").number().kind());
        assertEquals(NumberKind.FIXED_LINE_OR_MOBILE, PhoneNumberParser.parse("US", "415 555 0123").number().kind());
    }

    @Test
    void thePolicyRefusesLandlinesAndByChoiceVirtualNumbersAndListedCountries() {
        NumberPolicy strict = new NumberPolicy(true, Set.of("FR"));
        NumberPolicy lenient = new NumberPolicy(false, Set.of());
        ParsedNumber voip = PhoneNumberParser.parse("GB", "056 1234 5678").number();
        assertEquals(Optional.of(NumberProblem.VIRTUAL), strict.check(voip));
        assertEquals(Optional.empty(), lenient.check(voip));
        assertEquals(Optional.of(NumberProblem.NOT_MOBILE), lenient.check(PhoneNumberParser.parse("GB", "020 7946 0018").number()));
        assertEquals(Optional.of(NumberProblem.COUNTRY_REFUSED), strict.check(PhoneNumberParser.parse("FR", "06 12 34 56 78").number()));
        assertEquals(Optional.empty(), strict.check(PhoneNumberParser.parse("JP", "090-1234-5678").number()));
    }

    @Test
    void maskedNumbersKeepOnlyTheCountryCodeAndTheLastTwoDigits() {
        assertEquals("+81 ••• ••• 78", MaskedNumbers.mask("+819012345678"));
        assertEquals("+1 ••• ••• 23", MaskedNumbers.mask("+14155550123"));
        assertEquals("+44 ••• ••• 56", PhoneNumberParser.parse("GB", "07911 123456").number().masked());
        assertEquals("••• •••", MaskedNumbers.mask("12"));
    }
}
