package dev.sls.dscplus.protocol.pskc;

import java.util.List;

/**
 * What a PSKC file holds: the cards, or the problems that keep it from being imported; a file with any problem
 * imports nothing. Warnings (expired keys, an unchecked signature, short keys) do not stop an import.
 */
public record PskcResult(List<PskcCard> cards, List<PskcProblem> problems, List<String> warnings) {

    public PskcResult {
        cards = List.copyOf(cards);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean importable() {
        return problems.isEmpty() && !cards.isEmpty();
    }

    public void wipe() {
        cards.forEach(PskcCard::wipe);
    }
}
