/**
 * Device: the DSC+ hardware card (F7) — PSKC inventory, activation, the challenge/response login step and the helpdesk API.
 * Never imports another device; takes part in capabilities through their interfaces.
 */
package dev.sls.dscplus;
