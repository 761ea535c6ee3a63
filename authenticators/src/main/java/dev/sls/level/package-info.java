/**
 * Capability: security levels and step-up (F12) — device levels from Keycloak's LoA sub-flows, the level condition, tokens.
 * Knows no device and no other capability; the chooser marks itself with DeviceSelectionStep.
 */
package dev.sls.level;
