/**
 * Device: the IB Key phone authenticator (F1–F5) — QR and SMS activation, the device API, push and offline challenge/response.
 * Never imports another device; takes part in capabilities through their interfaces.
 */
package dev.sls.ibkey;
