package dev.sls.temporary.login;

import java.util.List;

/**
 * What the temporary-access login page shows ({@code slsTemporary} in FreeMarker): which kind, the asked index
 * numbers of an online code card, until when it works, and where to activate a permanent device.
 */
public final class TemporaryAccessForm {

    public static final String ATTRIBUTE = "slsTemporary";
    public static final String CODE_FIELD = "sls-temporary-code";
    public static final String CELL_PREFIX = "code-";

    private final boolean grid;
    private final List<Integer> indexes;
    private final String validUntil;
    private final long hoursLeft;
    private final String accountUrl;
    private final String validUntilText;
    private final String timeLeftText;

    /**
     * @param validUntilText the expiry as the page's language writes a date and time
     * @param timeLeftText   how long until then, in words ("48 hours")
     */
    public TemporaryAccessForm(boolean grid, List<Integer> indexes, String validUntil, long hoursLeft, String accountUrl,
                               String validUntilText, String timeLeftText) {
        this.grid = grid;
        this.indexes = List.copyOf(indexes);
        this.validUntil = validUntil;
        this.hoursLeft = hoursLeft;
        this.accountUrl = accountUrl;
        this.validUntilText = validUntilText;
        this.timeLeftText = timeLeftText;
    }

    /** The expiry as the page's language writes it (date and time in UTC). */
    public String getValidUntilText() {
        return validUntilText;
    }

    public String getTimeLeftText() {
        return timeLeftText;
    }

    public boolean isGrid() {
        return grid;
    }

    public List<Integer> getIndexes() {
        return indexes;
    }

    /** The expiry in ISO 8601 (UTC), also given to the page's script to show it in local time. */
    public String getValidUntil() {
        return validUntil;
    }

    public long getHoursLeft() {
        return hoursLeft;
    }

    /** Account console page where a permanent device is set up. */
    public String getAccountUrl() {
        return accountUrl;
    }
}
