package org.disputesuite.ruling.policy;

import java.time.Instant;

/** When each deadline of docs/policy.md falls due. */
public final class DeadlineWindows {

    private final PolicySettings settings;

    public DeadlineWindows(PolicySettings settings) {
        this.settings = settings;
    }

    /** The seller must answer a new dispute (or one back in their window) within the seller response window. */
    public Instant sellerResponseDue(Instant windowStart) {
        return windowStart.plus(settings.sellerResponseWindow());
    }

    public static boolean isDue(Instant dueAt, Instant now) {
        return !now.isBefore(dueAt);
    }
}
