package dev.sls.core.api;

/** Where the pack's REST endpoints live: {@code /realms/{realm}/sls/{area}/...}. */
public final class SlsPaths {

    /** The realm resource every SLS endpoint hangs below (also the id of its provider). */
    public static final String ROOT = "sls";

    private SlsPaths() {
    }

    /** {@code sls/<area>}, the path of one area below {@code /realms/{realm}/}. */
    public static String area(String area) {
        return ROOT + "/" + area;
    }
}
