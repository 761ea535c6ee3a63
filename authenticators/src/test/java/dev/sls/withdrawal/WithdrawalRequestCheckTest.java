package dev.sls.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keycloak.util.JsonSerialization;

class WithdrawalRequestCheckTest {

    private static final String WITHDRAWAL =
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"250000.00\",\"currency\":\"USD\"}]";

    @Test
    void whatWasSentAndKeptWholePasses() {
        assertEquals(Optional.empty(), WithdrawalRequestCheck.refusal(List.of(WITHDRAWAL), Optional.empty(), WITHDRAWAL));
        assertEquals(Optional.empty(), WithdrawalRequestCheck.refusal(null, Optional.empty(), null));
        assertEquals(Optional.empty(), WithdrawalRequestCheck.refusal(List.of(), Optional.empty(), null));
        String other = "[{\"type\":\"payment_initiation\",\"amount\":\"5\"}]";
        assertEquals(Optional.empty(), WithdrawalRequestCheck.refusal(List.of(other), Optional.empty(), other));
    }

    @Test
    void sentButNotKeptIsRefusedWhateverItsShape() {
        String padded = "[" + " ".repeat(2100) + WITHDRAWAL.substring(1);
        assertTrue(WithdrawalRequestCheck.refusal(List.of(padded), Optional.empty(), null).isPresent());
        assertTrue(WithdrawalRequestCheck.refusal(List.of("   "), Optional.empty(), null).isPresent(),
                "a blank value is not a request Keycloak kept either");
        assertTrue(WithdrawalRequestCheck.refusal(List.of("[]"), Optional.empty(), null).isPresent(),
                "dropped because of the number of parameters");
    }

    @Test
    void twoValuesOrValuesThatDifferAreRefused() {
        assertTrue(WithdrawalRequestCheck.refusal(List.of(WITHDRAWAL, "[]"), Optional.empty(), WITHDRAWAL).isPresent());
        assertTrue(WithdrawalRequestCheck.refusal(List.of("[]"), Optional.empty(), WITHDRAWAL).isPresent());
    }

    @Test
    void aRequestObjectsClaimCountsAsSent() throws Exception {
        JsonNode claim = JsonSerialization.mapper.readTree(WITHDRAWAL);
        assertTrue(WithdrawalRequestCheck.refusal(List.of(), Optional.of(claim), null).isPresent());
        assertEquals(Optional.empty(), WithdrawalRequestCheck.refusal(List.of(), Optional.of(claim), claim.toString()));
    }

    @Test
    void keptButUnreadableOrNamingTheTypeElsewhereIsRefused() {
        String two = "[" + WITHDRAWAL.substring(1, WITHDRAWAL.length() - 1) + ","
                + WITHDRAWAL.substring(1);
        assertTrue(WithdrawalRequestCheck.refusal(List.of(two), Optional.empty(), two).isPresent());
        for (String odd : List.of("[{\"type\":\"SLS_WITHDRAWAL\",\"amount\":\"9\",\"currency\":\"USD\"}]",
                "[{\"type\":\"x\",\"sls_withdrawal\":{\"amount\":\"9\"}}]",
                "[{\"type\":\"sls\\u005fwithdrawal-v2\"}]",
                "[{\"type\":\"x\",\"note\":[\"sls-withdrawal\"]}]")) {
            assertTrue(WithdrawalRequestCheck.refusal(List.of(odd), Optional.empty(), odd).isPresent(), odd);
        }
        String extra = "[{\"type\":\"sls_withdrawal\",\"amount\":\"9\",\"currency\":\"USD\",\"memo\":\"x\"}]";
        assertTrue(WithdrawalRequestCheck.refusal(List.of(extra), Optional.empty(), extra).isPresent());
    }

    @Test
    void theLoginReadsNoneReadableOrUnreadable() {
        assertInstanceOf(AskedWithdrawal.None.class, AskedWithdrawal.fromParameter(null));
        assertInstanceOf(AskedWithdrawal.None.class, AskedWithdrawal.fromParameter("[{\"type\":\"other\"}]"));
        assertEquals("USD 250,000.00", ((AskedWithdrawal.Readable) AskedWithdrawal.fromParameter(WITHDRAWAL))
                .request().amount().display());
        assertInstanceOf(AskedWithdrawal.Unreadable.class, AskedWithdrawal.fromParameter("not json"));
        assertInstanceOf(AskedWithdrawal.Unreadable.class,
                AskedWithdrawal.fromParameter("[{\"type\":\"Sls_Withdrawal\"}]"));
        assertTrue(AskedWithdrawal.fromParameter("not json").asked());
    }
}
