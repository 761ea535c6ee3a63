package dev.sls.withdrawal.admin.dto;

/**
 * One recorded withdrawal: the amount as asked, the amount counted against the limits (in the realm's currency), the
 * device that confirmed it, the application ({@code clientId}, none when recorded by an admin) and who recorded it.
 */
public record WithdrawalView(String id, String amount, String currency, String counted, String countedCurrency,
                             String device, String clientId, String recordedBy, String confirmedAt, String expiresAt) {
}
