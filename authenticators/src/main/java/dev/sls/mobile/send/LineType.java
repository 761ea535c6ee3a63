package dev.sls.mobile.send;

/** What kind of line a number is, as a provider's number lookup reports it. */
public enum LineType {
    MOBILE,
    LANDLINE,
    /** Internet telephony (virtual numbers); refused when the realm refuses VOIP numbers. */
    VOIP,
    OTHER
}
