package dev.sls.dscplus.admin.dto;

/**
 * {@code POST dscplus/imports}: the vendor's PSKC file, and the pre-shared key (hex) or the password sent apart;
 * {@code dryRun} true checks everything and answers the report without storing a card.
 */
public record CardImportRequest(String pskc, String preSharedKey, String password, Boolean dryRun) {

    /** Whether only the report is asked for. */
    public boolean preview() {
        return Boolean.TRUE.equals(dryRun);
    }

    @Override
    public String toString() {
        return "CardImportRequest[" + (pskc == null ? 0 : pskc.length()) + " chars]";
    }
}
