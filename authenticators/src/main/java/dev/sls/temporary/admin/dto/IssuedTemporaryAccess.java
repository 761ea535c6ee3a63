package dev.sls.temporary.admin.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The one answer that carries the temporary code ({@code kind} code) or the online code card ({@code kind} grid):
 * shown once to the helpdesk, stored only as a hash.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssuedTemporaryAccess(String kind, String code, List<GridCell> grid, String issuedAt, String expiresAt,
                                    int validForHours) {

    @Override
    public String toString() {
        return "IssuedTemporaryAccess[" + kind + ", expires " + expiresAt + "]";
    }
}
