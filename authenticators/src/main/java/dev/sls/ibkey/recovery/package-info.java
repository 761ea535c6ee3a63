/** IB Key's part of recovery (F6): the device-API calls of "Recover setup" and their proofs. */
package dev.sls.ibkey.recovery;
