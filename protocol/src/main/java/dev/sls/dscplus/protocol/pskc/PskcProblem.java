package dev.sls.dscplus.protocol.pskc;

/**
 * Why (part of) a file cannot be imported.
 *
 * @param keyPackage 1-based position of the key package, or 0 for the file as a whole
 * @param keyId      the key's {@code Id}, if known
 * @param serial     the serial, if known
 */
public record PskcProblem(int keyPackage, String keyId, String serial, String problem) {

    static PskcProblem ofFile(String problem) {
        return new PskcProblem(0, null, null, problem);
    }
}
