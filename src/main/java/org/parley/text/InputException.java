package org.parley.text;

/** Bad input: the message names the file and the problem, in one line, for the user. */
public class InputException extends RuntimeException {
    public InputException(String message) { super(message); }
    public InputException(String message, Throwable cause) { super(message, cause); }
}
