package dev.sls.sharing.admin.dto;

import java.util.List;

/** {@code GET sharing/requests?state=}: one page of the requests in that state, at most {@code max} from {@code first}. */
public record ShareRequestPage(String state, int first, int max, List<ShareRequest> requests) {
}
