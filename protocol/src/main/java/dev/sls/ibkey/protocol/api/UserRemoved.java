package dev.sls.ibkey.protocol.api;

/** "Remove user" done: this phone no longer stands for {@code username}; {@code removedAt} is epoch seconds. */
public record UserRemoved(String username, long removedAt) {
}
