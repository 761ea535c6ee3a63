package dev.sls.ibkey.protocol.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sls.core.api.CommonErrorCode;
import dev.sls.core.api.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published device API (docs/api/device-api.yaml) lists exactly the error codes and outcomes the server has. */
class DeviceApiDocTest {

    private static final Path DOC = Path.of("..", "docs", "api", "device-api.yaml");

    @Test
    void everyErrorCodeIsDocumentedAndNoOther() throws IOException {
        Set<String> inCode = Stream.concat(Arrays.stream(IbKeyErrorCode.values()), Arrays.stream(CommonErrorCode.values()))
                .map(ErrorCode::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inCode, enumAfter("error:"));
    }

    @Test
    void everyDecisionOutcomeIsDocumented() throws IOException {
        Set<String> inCode = Arrays.stream(DecisionStatus.values()).map(DecisionStatus::wire)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inCode, enumAfter("status:"));
    }

    @Test
    void everyMatchModeIsDocumented() throws IOException {
        Set<String> inCode = Arrays.stream(MatchMode.values()).map(MatchMode::wire)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inCode, enumAfter("matchMode:"));
    }

    @Test
    void everyFieldThePhoneReadsOrSignsIsDocumented() throws IOException {
        for (Class<?> dto : new Class<?>[] {ChallengeContext.class, DecisionRequest.class, PushTokenUpdate.class,
                SignedAction.class, TransferAcceptRequest.class, TransferOffer.class, ActivationRequest.class,
                PasswordFetchRequest.class, SealedPassword.class}) {
            Set<String> inCode = Arrays.stream(dto.getRecordComponents()).map(c -> c.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(inCode, propertiesOf(dto.getSimpleName()), dto.getSimpleName());
        }
    }

    /** The property names of schema {@code name} (one {@code name: {...}} line each, as the document writes them). */
    private static Set<String> propertiesOf(String name) throws IOException {
        String doc = Files.readString(DOC);
        Matcher schema = Pattern.compile("\\n    " + Pattern.quote(name) + ":\\n.*?properties:\\n((?:        \\w+:[^\\n]*\\n)+)",
                Pattern.DOTALL).matcher(doc);
        if (!schema.find()) {
            throw new AssertionError("no schema " + name + " in " + DOC);
        }
        return Arrays.stream(schema.group(1).split("\\n")).map(line -> line.trim().split(":")[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The values of the first {@code enum: [...]} after {@code key} in the document. */
    private static Set<String> enumAfter(String key) throws IOException {
        String doc = Files.readString(DOC);
        Matcher list = Pattern.compile(Pattern.quote(key) + "[^\\[]*?enum: \\[([^\\]]*)\\]", Pattern.DOTALL)
                .matcher(doc);
        if (!list.find()) {
            throw new AssertionError("no enum after " + key + " in " + DOC);
        }
        return Arrays.stream(list.group(1).split(",")).map(String::trim).filter(v -> !v.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
