package dev.sls.dscplus.admin.dto;

/** {@code POST dscplus/imports}: the vendor's PSKC file, and the pre-shared key (hex) or the password sent apart. */
public record CardImportRequest(String pskc, String preSharedKey, String password) {

    @Override
    public String toString() {
        return "CardImportRequest[" + (pskc == null ? 0 : pskc.length()) + " chars]";
    }
}
