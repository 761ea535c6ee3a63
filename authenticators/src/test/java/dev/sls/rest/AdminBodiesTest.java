package dev.sls.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.api.CommonErrorCode;
import dev.sls.temporary.admin.dto.TemporaryAccessRequest;
import dev.sls.withdrawal.admin.dto.WithdrawalAttributes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Admin bodies are bound strictly to their records, and every bad body is a 400 with a stable code. */
class AdminBodiesTest {

    private static final TemporaryAccessRequest EMPTY = new TemporaryAccessRequest(null, null);

    private static TemporaryAccessRequest read(String body) {
        return AdminBodies.read(body, 1024, TemporaryAccessRequest.class, null);
    }

    private static ApiException refused(String body) {
        return assertThrows(ApiException.class, () -> read(body), body);
    }

    @Test
    void aGoodBodyBindsToItsRecord() {
        assertEquals(new TemporaryAccessRequest("grid", 3), read("{\"kind\":\"grid\",\"validForHours\":3}"));
        assertEquals(new TemporaryAccessRequest(null, null), read("{}"));
        assertEquals(new WithdrawalAttributes(Map.of("sls.withdrawal.currency", "EUR")), AdminBodies.read(
                "{\"attributes\":{\"sls.withdrawal.currency\":\"EUR\"}}", 1024, WithdrawalAttributes.class, null));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        ApiException e = refused("{\"kind\":\"code\",\"validForHour\":3}");
        assertEquals(SlsAdminErrorCode.UNKNOWN_FIELD, e.code());
        assertEquals(400, e.code().status());
        assertTrue(e.getMessage().contains("'validForHour'") && e.getMessage().contains("validForHours"), e.getMessage());
    }

    @Test
    void anUnknownFieldNameIsNotEchoedRaw() {
        ApiException e = refused("{\"<script>" + "x".repeat(200) + "\":1}");
        assertEquals(SlsAdminErrorCode.UNKNOWN_FIELD, e.code());
        assertTrue(!e.getMessage().contains("<script>") && e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    void wrongTypesAreRefusedNotCoerced() {
        for (String body : new String[] {"{\"kind\":1}", "{\"kind\":true}", "{\"validForHours\":\"3\"}",
                "{\"validForHours\":3.5}", "{\"kind\":{}}", "{\"kind\":[\"code\"]}", "[]", "\"code\"", "3"}) {
            ApiException e = refused(body);
            assertEquals(CommonErrorCode.INVALID_REQUEST, e.code(), body);
        }
        assertTrue(refused("{\"validForHours\":\"3\"}").getMessage().contains("validForHours"));
        assertEquals(CommonErrorCode.INVALID_REQUEST, assertThrows(ApiException.class, () -> AdminBodies.read(
                "{\"attributes\":{\"sls.withdrawal.currency\":5}}", 1024, WithdrawalAttributes.class, null)).code());
    }

    @Test
    void malformedTrailingDuplicateOrOversizedBodiesAreRefused() {
        for (String body : new String[] {"{broken", "{\"kind\":\"code\"} {}", "{\"kind\":\"code\"}x", "null",
                "{\"kind\":\"code\",\"kind\":\"grid\"}", "{\"kind\":\"" + "x".repeat(2000) + "\"}", "", "  "}) {
            assertEquals(CommonErrorCode.INVALID_REQUEST, refused(body).code(), body);
        }
    }

    @Test
    void anOptionalBodyMayBeLeftOut() {
        assertEquals(EMPTY, AdminBodies.read(null, 1024, TemporaryAccessRequest.class, EMPTY));
        assertEquals(EMPTY, AdminBodies.read(" ", 1024, TemporaryAccessRequest.class, EMPTY));
    }
}
