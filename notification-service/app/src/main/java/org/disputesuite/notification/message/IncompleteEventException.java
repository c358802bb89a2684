package org.disputesuite.notification.message;

/** An event that lacks what its message must say; no amount of retrying can fix it. */
public class IncompleteEventException extends RuntimeException {

    public IncompleteEventException(String eventType, String missingField) {
        super(eventType + " has no " + missingField + ", which its message needs");
    }
}
