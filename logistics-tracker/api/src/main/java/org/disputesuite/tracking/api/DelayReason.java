package org.disputesuite.tracking.api;

/** Why a shipment is delayed. */
public enum DelayReason {
    /** Its promised delivery date has passed. */
    LATE,
    /** The carrier has reported nothing for longer than the stall-after window. */
    STALLED
}
