package dev.sls.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sls.core.api.ApiError;
import dev.sls.binding.admin.BindingAdminErrorCode;
import dev.sls.binding.admin.EnrolmentResetResource;
import dev.sls.binding.history.HistoryEvent;
import dev.sls.binding.history.admin.HistoryAdminResource;
import dev.sls.core.api.CommonErrorCode;
import dev.sls.core.api.ErrorCode;
import dev.sls.dscplus.admin.DscPlusAdminErrorCode;
import dev.sls.dscplus.admin.DscPlusAdminResource;
import dev.sls.recovery.admin.RecoveryAdminResource;
import dev.sls.ibkey.notme.admin.AlertAdminResource;
import dev.sls.ibkey.receipt.admin.ReceiptAdminErrorCode;
import dev.sls.ibkey.receipt.admin.ReceiptAdminResource;
import dev.sls.ibkey.delivery.admin.PasswordDeliveryAdminResource;
import dev.sls.ibkey.delivery.admin.PasswordDeliveryErrorCode;
import dev.sls.rest.admin.UserEventsResource;
import dev.sls.rest.admin.UserSearchResource;
import dev.sls.sharing.admin.SharingAdminErrorCode;
import dev.sls.sharing.admin.SharingAdminResource;
import dev.sls.temporary.admin.TemporaryAdminErrorCode;
import dev.sls.temporary.admin.TemporaryAdminResource;
import dev.sls.withdrawal.admin.WithdrawalAdminErrorCode;
import dev.sls.withdrawal.admin.WithdrawalAdminResource;
import dev.sls.withdrawal.admin.dto.WithdrawalSettingsProblems;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/api/admin-api.yaml describes exactly the admin API the code serves: every call of every area (method and
 * path), the record each call takes and answers, every field of every record, every error code; and each call names
 * its roles.
 */
class AdminApiDocTest {

    private static final java.nio.file.Path DOC = java.nio.file.Path.of("..", "docs", "api", "admin-api.yaml");
    private static final String SCHEMA_REF = "#/components/schemas/";

    /** The resource class of each area; a new area must be added here (the test below fails until it is). */
    private static final Map<String, Class<?>> AREAS = Map.ofEntries(
            Map.entry("enrolment", EnrolmentResetResource.class),
            Map.entry("dscplus", DscPlusAdminResource.class),
            Map.entry("temporary", TemporaryAdminResource.class),
            Map.entry("withdrawal", WithdrawalAdminResource.class),
            Map.entry("users", UserSearchResource.class),
            Map.entry("history", HistoryAdminResource.class),
            Map.entry("recovery", RecoveryAdminResource.class),
            Map.entry("receipts", ReceiptAdminResource.class),
            Map.entry("alerts", AlertAdminResource.class),
            Map.entry("sharing", SharingAdminResource.class),
            Map.entry("password-delivery", PasswordDeliveryAdminResource.class),
            Map.entry("events", UserEventsResource.class));

    private static final List<Class<? extends Enum<?>>> ERROR_CODES = List.of(CommonErrorCode.class,
            SlsAdminErrorCode.class, DscPlusAdminErrorCode.class, TemporaryAdminErrorCode.class,
            WithdrawalAdminErrorCode.class, BindingAdminErrorCode.class, ReceiptAdminErrorCode.class,
            SharingAdminErrorCode.class, PasswordDeliveryErrorCode.class);

    /** Bodies that no call's annotation names: refusals that answer a report of their own. */
    private static final List<Class<?>> OTHER_BODIES = List.of(ApiError.class, WithdrawalSettingsProblems.class);

    @Test
    void everyRegisteredAreaIsChecked() {
        Set<String> registered = ServiceLoader.load(SlsAdminEndpointFactory.class).stream()
                .map(provider -> provider.get().getId()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(AREAS.keySet()), registered);
    }

    @Test
    void everyCallIsDocumentedAndNoOther() throws IOException {
        assertEquals(new TreeSet<>(calls().keySet()), new TreeSet<>(documentedCalls().keySet()));
    }

    @Test
    void everyCallTakesAndAnswersTheDocumentedRecords() throws IOException {
        Map<String, Map<String, Object>> documented = documentedCalls();
        calls().forEach((call, method) -> {
            SlsAdminCall records = method.getAnnotation(SlsAdminCall.class);
            Map<String, Object> operation = documented.get(call);
            assertNotNull(operation, call);
            Map<String, Object> body = map(operation.get("requestBody"));
            if (records.request() == Void.class) {
                assertTrue(body == null, call + " takes no body");
                assertFalse(takesBody(method), call + " reads a body its annotation does not name");
            } else {
                assertTrue(takesBody(method), call + " names a request record but reads no body");
                assertEquals(SCHEMA_REF + records.request().getSimpleName(), jsonSchemaRef(body), call + " request");
            }
            Map<String, Object> responses = map(operation.get("responses"));
            String success = responses.keySet().stream().map(String::valueOf).filter(s -> s.startsWith("2"))
                    .findFirst().orElseThrow(() -> new AssertionError(call + " has no 2xx answer"));
            if (records.response() == Void.class) {
                assertEquals("204", success, call);
            } else {
                assertEquals(SCHEMA_REF + records.response().getSimpleName(), jsonSchemaRef(map(responses.get(success))),
                        call + " answer");
            }
            Object roles = operation.get("x-sls-roles");
            assertTrue(roles instanceof List<?> list && !list.isEmpty(), call + " names its roles");
        });
    }

    @Test
    void everyRecordFieldIsDocumentedAndNoOther() throws IOException {
        Map<String, Object> schemas = map(map(document().get("components")).get("schemas"));
        Map<String, Set<String>> inCode = new TreeMap<>();
        for (Class<?> record : records()) {
            inCode.put(record.getSimpleName(), Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        Map<String, Set<String>> inDoc = new TreeMap<>();
        schemas.forEach((name, schema) -> inDoc.put(name, new TreeSet<>(map(map(schema).get("properties")).keySet())));
        assertEquals(inCode, inDoc);
    }

    @Test
    void theHistoryEventsAreDocumentedAndNoOther() throws IOException {
        Set<String> inCode = Arrays.stream(HistoryEvent.values()).map(HistoryEvent::wire)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Object> line = map(map(map(document().get("components")).get("schemas")).get("HistoryLine"));
        Object documented = map(map(line.get("properties")).get("event")).get("enum");
        assertEquals(inCode, new TreeSet<>((List<?>) documented));
    }

    @Test
    void everyErrorCodeIsDocumentedAndNoOther() throws IOException {
        Set<String> inCode = ERROR_CODES.stream().flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(constant -> ((ErrorCode) constant).code()).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Object> apiError = map(map(map(document().get("components")).get("schemas")).get("ApiError"));
        Object documented = map(map(apiError.get("properties")).get("error")).get("enum");
        assertEquals(inCode, new TreeSet<>((List<?>) documented));
    }

    /** Every JAX-RS method of every area as {@code "get /dscplus/cards/{id}"}. */
    private static Map<String, Method> calls() {
        Map<String, Method> calls = new TreeMap<>();
        AREAS.forEach((area, resource) -> {
            for (Method method : resource.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                assertNotNull(method.getAnnotation(SlsAdminCall.class), method + " names its records (@SlsAdminCall)");
                Path path = method.getAnnotation(Path.class);
                String full = "/" + area + (path == null ? "" : "/" + path.value());
                assertTrue(calls.put(verb + " " + full, method) == null, "one method per call: " + full);
            }
        });
        return calls;
    }

    private static String verb(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(java.util.Objects::nonNull)
                .map(h -> h.value().toLowerCase(Locale.ROOT)).findFirst().orElse(null);
    }

    /** A parameter without a JAX-RS annotation is the body. */
    private static boolean takesBody(Method method) {
        return Arrays.stream(method.getParameters()).anyMatch(AdminApiDocTest::isBody);
    }

    private static boolean isBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations())
                .noneMatch(a -> a.annotationType().getPackageName().equals("jakarta.ws.rs"));
    }

    /** Every record a call takes or answers, the records their fields hold, and the other bodies. */
    private static Set<Class<?>> records() {
        Deque<Class<?>> todo = new ArrayDeque<>(OTHER_BODIES);
        calls().values().forEach(method -> {
            SlsAdminCall records = method.getAnnotation(SlsAdminCall.class);
            Stream.of(records.request(), records.response()).filter(c -> c != Void.class).forEach(todo::add);
        });
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> record = todo.pop();
            assertTrue(record.isRecord(), record + " is a record");
            if (seen.add(record)) {
                for (RecordComponent component : record.getRecordComponents()) {
                    recordsIn(component.getGenericType()).forEach(todo::add);
                }
            }
        }
        return seen;
    }

    private static Stream<Class<?>> recordsIn(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord() ? Stream.of(c) : Stream.empty();
        }
        if (type instanceof ParameterizedType p) {
            return Arrays.stream(p.getActualTypeArguments()).flatMap(AdminApiDocTest::recordsIn);
        }
        return Stream.empty();
    }

    /** Every operation of the document as {@code "get /dscplus/cards/{id}"}. */
    private static Map<String, Map<String, Object>> documentedCalls() throws IOException {
        Map<String, Map<String, Object>> calls = new TreeMap<>();
        map(document().get("paths")).forEach((path, item) -> map(item).forEach((verb, operation) -> {
            if (!verb.equals("parameters")) {
                calls.put(verb + " " + path, map(operation));
            }
        }));
        return calls;
    }

    private static String jsonSchemaRef(Map<String, Object> bodyOrResponse) {
        assertNotNull(bodyOrResponse, "a body is documented");
        Map<String, Object> json = map(map(bodyOrResponse.get("content")).get("application/json"));
        return String.valueOf(map(json.get("schema")).get("$ref"));
    }

    private static Map<String, Object> document() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOC)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (value == null) {
            return null;
        }
        Map<Object, Object> raw = (Map<Object, Object>) value;
        Map<String, Object> keyed = new TreeMap<>();
        raw.forEach((k, v) -> keyed.put(String.valueOf(k), v));
        return keyed;
    }
}
