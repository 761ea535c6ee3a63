package dev.sls.temporary.admin.dto;

/** One cell of an online code card: its number and its code. */
public record GridCell(int index, String code) {

    @Override
    public String toString() {
        return "GridCell[" + index + "]";
    }
}
