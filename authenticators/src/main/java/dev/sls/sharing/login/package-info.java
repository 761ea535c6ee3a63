/** Capability sharing, login side: the step that logs a requester in with the owner's device. */
package dev.sls.sharing.login;
