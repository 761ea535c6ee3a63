/**
 * Capability: the device chooser (F11) — one list of a person's devices after the password.
 * Devices take part through ChoosableDevice; rules that grey a device are DeviceAllowance providers.
 */
package dev.sls.chooser;
