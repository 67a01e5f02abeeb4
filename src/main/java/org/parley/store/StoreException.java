package org.parley.store;

/** The store cannot do what was asked; the message is for the user. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
