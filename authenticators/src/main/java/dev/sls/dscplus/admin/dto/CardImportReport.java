package dev.sls.dscplus.admin.dto;

import dev.sls.dscplus.protocol.pskc.PskcProblem;
import java.util.List;

/** What an import answers: the cards stored, or ({@code error} set) every problem of the file and nothing stored. */
public record CardImportReport(String error, String message, String batch, int imported, List<CardView> cards,
                               List<PskcProblem> problems, List<String> warnings) {
}
