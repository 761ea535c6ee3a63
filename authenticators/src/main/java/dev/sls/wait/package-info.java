/**
 * Capability: waiting without a thread — browsers long-poll for a decision made on any node.
 * Devices complete a wait through WaitRegistry; nothing here knows a device.
 */
package dev.sls.wait;
