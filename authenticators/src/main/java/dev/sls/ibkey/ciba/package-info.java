/**
 * OpenID Connect CIBA through IB Key: the authentication channel that sends a backchannel request to the person's
 * phone as a push, the client policy that refuses what IB Key cannot serve, and the completion of the request when
 * the phone decides.
 */
package dev.sls.ibkey.ciba;
