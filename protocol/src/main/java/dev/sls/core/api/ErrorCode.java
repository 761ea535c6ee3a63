package dev.sls.core.api;

import java.util.Locale;
import java.util.Optional;

/** A stable error of an SLS REST endpoint: its wire code and the HTTP status it is answered with. */
public interface ErrorCode {

    /** The wire form, e.g. {@code bad_signature}. */
    String code();

    int status();

    /** The wire form of an enum constant: its name in lower case. */
    static String wireName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose wire form is {@code code}. */
    static <E extends Enum<E> & ErrorCode> Optional<E> find(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
