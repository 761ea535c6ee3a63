/**
 * Capability: sharing one physical device between usernames of one individual (F13): the identification data
 * compared, the sharing procedure ({@code kc_action=sls-share-device}), the shares and their approval, the login with
 * a shared device. Devices take part through {@link dev.sls.sharing.SharableDevice}.
 */
package dev.sls.sharing;
