package dev.sls.wait;

/** Implemented by the provider factory that owns this node's {@link WaitRegistry}. */
public interface WaitRegistryHolder {

    WaitRegistry waitRegistry();
}
