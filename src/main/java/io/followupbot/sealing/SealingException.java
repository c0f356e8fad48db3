package io.followupbot.sealing;

/** A sealed value that cannot be read, or a key that does not fit the data; its message names no key or value. */
public final class SealingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SealingException(final String message) {
        super(message);
    }
}
