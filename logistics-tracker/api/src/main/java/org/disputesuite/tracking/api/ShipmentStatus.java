package org.disputesuite.tracking.api;

/** The normalized statuses every carrier's own vocabulary is mapped to. */
public enum ShipmentStatus {
    INFO_RECEIVED,
    IN_TRANSIT,
    OUT_FOR_DELIVERY,
    ATTEMPT_FAILED,
    AVAILABLE_FOR_PICKUP,
    DELIVERED,
    EXCEPTION,
    RETURNED_TO_SENDER,
    EXPIRED;

    /** A carrier status outside the normalized list is kept raw and read as EXCEPTION. */
    public static ShipmentStatus parse(String raw) {
        for (ShipmentStatus status : values()) {
            if (status.name().equals(raw)) {
                return status;
            }
        }
        return EXCEPTION;
    }

    /** A status that only says the parcel is still on its way; it never replaces DELIVERED. */
    public boolean isInTransitKind() {
        return this == INFO_RECEIVED || this == IN_TRANSIT || this == OUT_FOR_DELIVERY || this == ATTEMPT_FAILED;
    }
}
