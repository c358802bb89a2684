package org.disputesuite.ruling.policy;

import java.time.Instant;

import org.disputesuite.ruling.api.PolicySettings;

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

    /** A dispute still negotiating this long after it was opened goes to platform review. */
    public Instant autoEscalationDue(Instant openedAt) {
        return openedAt.plus(settings.autoEscalationAfter());
    }

    /**
     * The platform waits for a customer-caused delay until the time the buyer asked for, but no
     * longer than {@code max-customer-delay} after opening; with no time asked for, that longest wait.
     */
    public Instant customerDelayDue(Instant openedAt, Instant delayUntil) {
        Instant longest = openedAt.plus(settings.maxCustomerDelay());
        return delayUntil == null || delayUntil.isAfter(longest) ? longest : delayUntil;
    }
}
