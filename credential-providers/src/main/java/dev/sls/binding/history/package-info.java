/**
 * The device history: every device a person ever had and what happened to it, bounded and without secrets. Devices
 * and capabilities record through {@link dev.sls.binding.history.DeviceHistory#record}.
 */
package dev.sls.binding.history;
