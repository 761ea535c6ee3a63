/**
 * Device: codes by SMS and voice call as a second factor (F9) — credential and login step.
 * Numbers, verification and senders are the mobile capability's; never imports another device.
 */
package dev.sls.sms;
