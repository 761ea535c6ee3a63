package dev.sls.ibkey.app;

/** The three headers a signed read call carries; sent as they are, so tests can tamper with or replay them. */
public record SignedHeaders(long time, String nonce, String signature) {
}
