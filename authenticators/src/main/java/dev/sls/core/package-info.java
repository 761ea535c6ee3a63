/**
 * Core: what has no feature of its own — credential helpers, config readers, factory bases, gateways, limits.
 * Imports neither devices nor capabilities.
 */
package dev.sls.core;
