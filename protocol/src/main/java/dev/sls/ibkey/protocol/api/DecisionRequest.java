package dev.sls.ibkey.protocol.api;

/**
 * Body of {@code POST .../challenges/{challengeId}/decision}, signed over
 * {@link dev.sls.ibkey.protocol.IbKeyMessages#decision}.
 *
 * @param decision {@code approve} or {@code deny}
 * @param number   the number the person picked (required to approve when number matching is on), else null
 */
public record DecisionRequest(String decision, Integer number, String nonce, long time, String signature) {
}
