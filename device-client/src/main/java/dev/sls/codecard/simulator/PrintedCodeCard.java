package dev.sls.codecard.simulator;

import dev.sls.codecard.protocol.CodeCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Security Code Card in its owner's hands: read from its printed text ({@code index:code} cells, in
 * any layout) and answering the index numbers a login page asks for, as the person would.
 */
public final class PrintedCodeCard {

    private static final Pattern CELL = Pattern.compile("(?<![\\d:])(\\d{1,3}):(\\d{3,8})(?![\\d:])");

    private final CodeCard card;

    private PrintedCodeCard(CodeCard card) {
        this.card = card;
    }

    public static PrintedCodeCard of(CodeCard card) {
        return new PrintedCodeCard(card);
    }

    /** Reads a printed card; every index from 1 to the last must appear exactly once. */
    public static PrintedCodeCard parse(String printed) {
        Map<Integer, String> cells = new TreeMap<>();
        Matcher m = CELL.matcher(printed);
        while (m.find()) {
            if (cells.put(Integer.parseInt(m.group(1)), m.group(2)) != null) {
                throw new IllegalArgumentException("index " + m.group(1) + " appears twice on the card");
            }
        }
        List<String> codes = new ArrayList<>(cells.size());
        int expected = 1;
        for (Map.Entry<Integer, String> cell : cells.entrySet()) {
            if (cell.getKey() != expected++) {
                throw new IllegalArgumentException("index " + (expected - 1) + " is missing from the card");
            }
            codes.add(cell.getValue());
        }
        return new PrintedCodeCard(CodeCard.of(codes));
    }

    /** The codes to type for the asked index numbers, in the order asked. */
    public Map<Integer, String> answer(List<Integer> indexes) {
        Map<Integer, String> answer = new LinkedHashMap<>();
        indexes.forEach(index -> answer.put(index, card.codeAt(index)));
        return answer;
    }

    public String codeAt(int index) {
        return card.codeAt(index);
    }

    public int size() {
        return card.size();
    }

    /** The printed text: {@code columns} cells a row, each {@code index:code}. */
    public String print(int columns) {
        StringBuilder text = new StringBuilder();
        int width = Integer.toString(card.size()).length();
        for (int index = 1; index <= card.size(); index++) {
            text.append(String.format("%" + width + "d:%s", index, card.codeAt(index)));
            text.append(index % columns == 0 || index == card.size() ? "\n" : "   ");
        }
        return text.toString();
    }
}
