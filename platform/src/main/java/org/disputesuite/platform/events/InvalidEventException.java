package org.disputesuite.platform.events;

/** A consumed record that can never be processed: it goes to the dead-letter topic at once. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
