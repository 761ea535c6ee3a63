/**
 * Capability: the pack's REST roots — /realms/{realm}/sls and /admin/realms/{realm}/sls, JSON errors, admin access.
 * Areas are added by devices and capabilities as SlsEndpoint / SlsAdminEndpoint providers.
 */
package dev.sls.rest;
