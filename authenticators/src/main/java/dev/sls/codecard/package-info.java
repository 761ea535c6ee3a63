/**
 * Device: the printed Security Code Card (F8) — credential, issuance, activation and the index-number login step.
 * Never imports another device; takes part in capabilities through their interfaces.
 */
package dev.sls.codecard;
