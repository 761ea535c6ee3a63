package dev.sls.dscplus.admin.dto;

import java.util.List;

/** {@code GET dscplus/cards}: one page of the search, and how many cards match in all. */
public record CardPage(long total, int first, int max, List<CardView> cards) {
}
