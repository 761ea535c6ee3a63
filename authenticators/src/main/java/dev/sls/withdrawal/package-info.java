/**
 * Capability: withdrawal limits (F12) — RAR authorization_details, per-device limits, ledger, refusal page and claim.
 * Devices confirm through WithdrawalGate; the chooser greys devices through WithdrawalAllowanceFactory.
 */
package dev.sls.withdrawal;
