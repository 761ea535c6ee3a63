/**
 * Capability: mobile numbers (F10) — verification, E.164 parsing, message senders (Twilio, log) and send limits.
 * Shared by every device that sends codes by SMS or voice.
 */
package dev.sls.mobile;
