package dev.sls.dscplus.protocol.pskc;

/** Why a PSKC file, or one key package of it, cannot be imported; the message is shown to the admin. */
final class PskcException extends RuntimeException {

    PskcException(String message) {
        super(message, null, false, false);
    }
}
