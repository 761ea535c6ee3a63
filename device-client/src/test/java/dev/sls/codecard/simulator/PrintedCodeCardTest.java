package dev.sls.codecard.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sls.codecard.protocol.CodeCard;
import dev.sls.codecard.protocol.CodeCardSpec;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintedCodeCardTest {

    @Test
    void printedCardReadsBackInAnyLayout() {
        CodeCard card = CodeCard.generate(CodeCardSpec.DEFAULT, new SecureRandom());
        for (int columns : new int[] {5, 10}) {
            PrintedCodeCard read = PrintedCodeCard.parse("Card of bob\n" + PrintedCodeCard.of(card).print(columns));
            assertEquals(100, read.size());
            for (int index = 1; index <= 100; index++) {
                assertEquals(card.codeAt(index), read.codeAt(index));
            }
        }
    }

    @Test
    void answersTheAskedIndexNumbersInOrder() {
        PrintedCodeCard card = PrintedCodeCard.parse(sequentialCard(20));
        assertEquals(Map.of(17, "0017", 3, "0003"), card.answer(List.of(17, 3)));
        assertEquals(List.of(17, 3), List.copyOf(card.answer(List.of(17, 3)).keySet()));
    }

    @Test
    void incompleteOrDuplicatedCardsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PrintedCodeCard.parse(sequentialCard(20).replace(" 7:0007", "")));
        assertThrows(IllegalArgumentException.class, () -> PrintedCodeCard.parse(sequentialCard(20) + " 7:1234"));
        assertThrows(IllegalArgumentException.class, () -> PrintedCodeCard.parse("no cells here"));
    }

    private static String sequentialCard(int size) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= size; i++) {
            text.append(String.format(" %d:%04d", i, i));
        }
        return text.toString();
    }
}
