package dev.sls.codecard.issue;

import dev.sls.codecard.protocol.CodeCard;
import java.util.ArrayList;
import java.util.List;

/** The printable card as the issuance template lays it out ({@code slsCodeCardSheet} in FreeMarker). */
public final class CodeCardSheet {

    public static final String ATTRIBUTE = "slsCodeCardSheet";
    private static final int COLUMNS = 5;

    private final List<List<Cell>> rows;
    private final String owner;

    CodeCardSheet(CodeCard card, String owner) {
        this.owner = owner;
        this.rows = new ArrayList<>();
        for (int start = 1; start <= card.size(); start += COLUMNS) {
            List<Cell> row = new ArrayList<>(COLUMNS);
            for (int index = start; index < start + COLUMNS && index <= card.size(); index++) {
                row.add(new Cell(index, card.codeAt(index)));
            }
            rows.add(List.copyOf(row));
        }
    }

    public List<List<Cell>> getRows() {
        return rows;
    }

    public String getOwner() {
        return owner;
    }

    public static final class Cell {
        private final int index;
        private final String code;

        Cell(int index, String code) {
            this.index = index;
            this.code = code;
        }

        public int getIndex() {
            return index;
        }

        public String getCode() {
            return code;
        }
    }
}
