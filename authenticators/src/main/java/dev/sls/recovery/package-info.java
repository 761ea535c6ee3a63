/**
 * Recovery of a phone authenticator after a reinstall or on a new phone (F6): the recovery PIN's failure count and
 * block, the notice on the recorded number, the words sending a person to Client Services, and the interface through
 * which physical devices prove a recovery instead of an SMS. IB Key's flow lives in {@code dev.sls.ibkey.recovery}.
 */
package dev.sls.recovery;
