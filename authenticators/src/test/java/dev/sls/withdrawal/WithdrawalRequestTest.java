package dev.sls.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WithdrawalRequestTest {

    @Test
    void readsTheDocumentedEntry() {
        WithdrawalRequest request = WithdrawalRequest.fromParameter("[{\"type\":\"openid_credential\"},"
                + "{\"type\":\"sls_withdrawal\",\"amount\":\"250000.00\",\"currency\":\"USD\","
                + "\"payee\":\"ACME Brokerage 1234\"}]").orElseThrow();
        assertEquals("USD 250,000.00", request.amount().display());
        assertEquals(Optional.of("ACME Brokerage 1234"), request.payee());
        assertEquals(Optional.empty(), WithdrawalRequest.fromParameter("[{\"type\":\"sls_withdrawal\","
                + "\"amount\":\"1\",\"currency\":\"JPY\"}]").orElseThrow().payee());
    }

    @Test
    void otherTypesAndNothingAreNoWithdrawal() {
        assertTrue(WithdrawalRequest.fromParameter(null).isEmpty());
        assertTrue(WithdrawalRequest.fromParameter("[{\"type\":\"openid_credential\"}]").isEmpty());
        assertTrue(WithdrawalRequest.fromParameter("[]").isEmpty());
    }

    @Test
    void refusesWhatIsNotAsDocumented() {
        for (String bad : new String[] {
            "{\"type\":\"sls_withdrawal\"}",
            "not json",
            "[{\"type\":\"sls_withdrawal\",\"amount\":250000.00,\"currency\":\"USD\"}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"1e5\",\"currency\":\"USD\"}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"0.00\",\"currency\":\"USD\"}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"10.001\",\"currency\":\"USD\"}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"10\",\"currency\":\"usd\"}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"10\"}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"10\",\"currency\":\"USD\",\"payee\":\"a\\nb\"}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"10\",\"currency\":\"USD\",\"payee\":\"a\\u2028b\"}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"10\",\"currency\":\"USD\",\"payee\":\" padded\"}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"10\",\"currency\":\"USD\",\"payee\":\"" + "x".repeat(71) + "\"}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"10\",\"currency\":\"USD\",\"payee\":7}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"10\",\"currency\":\"USD\",\"iban\":\"x\"}]",
            "[{\"type\":\"sls_withdrawal\",\"amount\":\"10\",\"currency\":\"USD\"},"
                    + "{\"type\":\"sls_withdrawal\",\"amount\":\"10\",\"currency\":\"USD\"}]"}) {
            assertThrows(IllegalArgumentException.class, () -> WithdrawalRequest.fromParameter(bad), bad);
        }
    }

    @Test
    void aConfirmationSurvivesItsNote() {
        WithdrawalRequest request = WithdrawalRequest.fromParameter("[{\"type\":\"sls_withdrawal\","
                + "\"amount\":\"1500.5\",\"currency\":\"EUR\",\"payee\":\"Jean Dupont\"}]").orElseThrow();
        WithdrawalConfirmation confirmation = new WithdrawalConfirmation(request, "sls-ib-key", 1_700_000_000L, "r-1");
        assertEquals(Optional.of(confirmation), WithdrawalConfirmation.fromNote(confirmation.toNote()));
        assertEquals("1500.50", confirmation.claim().get("amount"));
        assertTrue(WithdrawalConfirmation.fromNote("{\"amount\":1}").isEmpty());
    }
}
