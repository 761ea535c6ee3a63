/**
 * Capability: who may bind a device to an account and remove one (issue 16, NIST SP 800-63B-4 §4.1.2). An account that
 * has or had a device binds a new one only after a login proven with a device (or a recorded Client Services reset);
 * the pack's removal needs a recent device proof of at least the device's level and keeps the realm's required level;
 * Keycloak's own doors for a person refuse SLS devices; an admin's removal through Keycloak's admin API is written to
 * the device history. Every binding is told to the person by email. Devices take part by calling
 * {@link dev.sls.binding.BindingGate} in their setup steps and {@link dev.sls.binding.Bindings#bound} when they store a
 * device. Uses level and rest; knows no device.
 */
package dev.sls.binding;
