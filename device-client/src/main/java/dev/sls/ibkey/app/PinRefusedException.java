package dev.sls.ibkey.app;

import dev.sls.core.pin.PinProblem;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The app PIN does not follow the PIN rules; nothing was sent. */
public final class PinRefusedException extends IllegalArgumentException {

    private final Set<PinProblem> problems;

    public PinRefusedException(Set<PinProblem> problems) {
        super("PIN refused: " + problems.stream().map(PinRefusedException::describe).collect(Collectors.joining("; ")));
        this.problems = Collections.unmodifiableSet(EnumSet.copyOf(problems));
    }

    public Set<PinProblem> problems() {
        return problems;
    }

    static String describe(PinProblem problem) {
        return switch (problem) {
            case TOO_SHORT -> "too short (4 to 6 characters)";
            case TOO_LONG -> "too long (4 to 6 characters)";
            case NOT_ALLOWED_CHARACTER -> "only letters, digits and special characters, no spaces";
            case REPEATED_CHARACTER -> "one character repeated";
            case SEQUENCE -> "a run such as 1234 or 9876";
            case COMMON -> "one of the most chosen PINs";
            case DATE_OR_YEAR -> "reads as a year or a date";
            case PERSONAL -> "contains your name or user name";
        };
    }
}
