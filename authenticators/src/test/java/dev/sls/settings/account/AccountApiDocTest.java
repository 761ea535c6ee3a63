package dev.sls.settings.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sls.core.api.ApiError;
import dev.sls.core.api.ErrorCode;
import dev.sls.settings.account.dto.AccountOverview;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docs/api/account-api.yaml describes exactly the person-facing API: its calls, records, fields and error codes. */
class AccountApiDocTest {

    private static final java.nio.file.Path DOC = java.nio.file.Path.of("..", "docs", "api", "account-api.yaml");

    @Test
    void everyCallIsDocumentedAndNoOther() throws IOException {
        Set<String> inCode = new TreeSet<>();
        for (Method method : AccountResource.class.getMethods()) {
            Arrays.stream(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                    .filter(Objects::nonNull).findFirst().ifPresent(verb -> inCode.add(
                            verb.value().toLowerCase(Locale.ROOT) + " /" + method.getAnnotation(Path.class).value()));
        }
        Set<String> inDoc = new TreeSet<>();
        map(document().get("paths")).forEach((path, item) -> map(item).keySet().forEach(verb -> inDoc.add(verb + " "
                + path)));
        assertEquals(inCode, inDoc);
    }

    @Test
    void everyRecordFieldIsDocumentedAndNoOther() throws IOException {
        Map<String, Set<String>> inCode = new TreeMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(AccountOverview.class, ApiError.class));
        while (!todo.isEmpty()) {
            Class<?> record = todo.pop();
            if (inCode.put(record.getSimpleName(), Arrays.stream(record.getRecordComponents())
                    .map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new))) == null) {
                Arrays.stream(record.getRecordComponents()).flatMap(c -> recordsIn(c.getGenericType()))
                        .forEach(todo::add);
            }
        }
        Map<String, Set<String>> inDoc = new TreeMap<>();
        map(map(document().get("components")).get("schemas")).forEach((name, schema) ->
                inDoc.put(name, new TreeSet<>(map(map(schema).get("properties")).keySet())));
        assertEquals(inCode, inDoc);
    }

    @Test
    void everyErrorCodeIsDocumentedAndNoOther() throws IOException {
        Set<String> inCode = Arrays.stream(AccountApiErrorCode.values()).map(ErrorCode::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Object> apiError = map(map(map(document().get("components")).get("schemas")).get("ApiError"));
        assertEquals(inCode, new TreeSet<>((List<?>) map(map(apiError.get("properties")).get("error")).get("enum")));
    }

    private static Stream<Class<?>> recordsIn(Type type) {
        if (type instanceof Class<?> c) {
            return c.isRecord() ? Stream.of(c) : Stream.empty();
        }
        if (type instanceof ParameterizedType p) {
            return Arrays.stream(p.getActualTypeArguments()).flatMap(AccountApiDocTest::recordsIn);
        }
        return Stream.empty();
    }

    private static Map<String, Object> document() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOC)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        Map<String, Object> keyed = new TreeMap<>();
        ((Map<Object, Object>) value).forEach((k, v) -> keyed.put(String.valueOf(k), v));
        return keyed;
    }
}
