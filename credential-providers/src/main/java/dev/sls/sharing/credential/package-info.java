/** Capability sharing, credential side: the requester's record of an approved device share (no secret). */
package dev.sls.sharing.credential;
