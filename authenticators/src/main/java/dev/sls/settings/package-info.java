/**
 * Capability: the person's Secure Login settings page (application-initiated action) and the boxes other
 * capabilities add to it (sharing, opt-out, …) as {@link dev.sls.settings.SettingsSection} providers.
 */
package dev.sls.settings;
