/**
 * Capability: opting out of the Secure Login System for trading applications and opting back in (F15) — the realm's
 * and clients' settings, the login flow's condition and restricted step, the {@code sls_restricted} claim, and the
 * Secure Login Settings box and page.
 */
package dev.sls.optout;
