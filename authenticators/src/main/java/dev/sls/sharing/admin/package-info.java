/** Capability sharing, admin side: compliance approves or rejects device-sharing requests. */
package dev.sls.sharing.admin;
