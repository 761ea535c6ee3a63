package dev.sls.mobile.send.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sls.mobile.send.SendOutcome;
import dev.sls.shaded.twilio.sdk.exception.ApiConnectionException;
import dev.sls.shaded.twilio.sdk.exception.ApiException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwilioErrorsTest {

    @ParameterizedTest
    @CsvSource({
        "21211, 400, INVALID_NUMBER",
        "21614, 400, INVALID_NUMBER",
        "21610, 400, UNREACHABLE_NUMBER",
        "21612, 400, UNREACHABLE_NUMBER",
        "21408, 400, COUNTRY_NOT_ALLOWED",
        "13227, 400, COUNTRY_NOT_ALLOWED",
        "20429, 429, PROVIDER_BUSY",
        "20003, 401, NOT_CONFIGURED",
        "99999, 503, PROVIDER_DOWN",
        "99999, 429, PROVIDER_BUSY",
        "99999, 403, NOT_CONFIGURED",
    })
    void twilioErrorCodesBecomeWhatThePersonIsTold(int code, int status, SendOutcome outcome) {
        ApiException error = new ApiException("The 'To' number +819012345678 is not valid", code, null, status, status,
                null, null, null);
        var result = TwilioErrors.of(new CompletionException(error));
        assertEquals(outcome, result.outcome());
        assertEquals("twilio " + code + " (HTTP " + status + ")", result.reason(), "the reason never quotes Twilio's text");
    }

    @Test
    void allWorkersBusyAsksThePersonToTryAgainInAMoment() {
        assertEquals(SendOutcome.PROVIDER_BUSY,
                TwilioErrors.of(new java.util.concurrent.RejectedExecutionException("queue full")).outcome());
    }

    @Test
    void noAnswerMeansTheProviderIsDown() {
        assertEquals(SendOutcome.PROVIDER_DOWN, TwilioErrors.of(new ApiConnectionException("timed out")).outcome());
    }
}
