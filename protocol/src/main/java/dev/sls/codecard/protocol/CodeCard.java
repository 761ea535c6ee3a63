package dev.sls.codecard.protocol;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed grid: one short numeric code per index number (1-based). Exists in clear only while it
 * is shown to its owner and in the owner's hands; the server keeps hashes (see {@link CodeCardHasher}).
 */
public final class CodeCard {

    private final List<String> codes;

    private CodeCard(List<String> codes) {
        this.codes = List.copyOf(codes);
    }

    public static CodeCard generate(CodeCardSpec spec, SecureRandom random) {
        List<String> codes = new ArrayList<>(spec.size());
        for (int i = 0; i < spec.size(); i++) {
            StringBuilder code = new StringBuilder(spec.codeLength());
            for (int d = 0; d < spec.codeLength(); d++) {
                code.append((char) ('0' + random.nextInt(10)));
            }
            codes.add(code.toString());
        }
        return new CodeCard(codes);
    }

    /** Rebuilds a card from its codes in index order, checking they fit one {@link CodeCardSpec}. */
    public static CodeCard of(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("a card needs codes");
        }
        int length = codes.get(0).length();
        new CodeCardSpec(codes.size(), length);
        for (String code : codes) {
            if (code.length() != length || !isDigits(code)) {
                throw new IllegalArgumentException("every code must be " + length + " digits");
            }
        }
        return new CodeCard(codes);
    }

    public CodeCardSpec spec() {
        return new CodeCardSpec(codes.size(), codeLength());
    }

    public int size() {
        return codes.size();
    }

    public int codeLength() {
        return codes.get(0).length();
    }

    /** The code printed at {@code index} (1-based). */
    public String codeAt(int index) {
        if (index < 1 || index > codes.size()) {
            throw new IllegalArgumentException("index out of range");
        }
        return codes.get(index - 1);
    }

    public List<String> codes() {
        return codes;
    }

    /** Whether {@code s} is one or more ASCII digits. */
    public static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    @Override
    public String toString() {
        return "CodeCard[" + codes.size() + " cells]";
    }
}
