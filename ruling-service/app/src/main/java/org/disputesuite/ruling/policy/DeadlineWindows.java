package org.disputesuite.ruling.policy;

import java.time.Instant;

import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.tracking.api.PickupPoint;

/** When each deadline of docs/policy.md falls due, and when its party is reminded of it. */
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

    /**
     * The pickup point with its collect-by time: the carrier's, or {@code pickup-window} after the
     * parcel arrived at the point when the carrier gave none (the tracker resolves it the same way).
     */
    public PickupPoint collectBy(PickupPoint point, Instant arrivedAt) {
        if (point != null && point.collectBy() != null) {
            return point;
        }
        Instant collectBy = arrivedAt.plus(settings.pickupWindow());
        return point == null ? new PickupPoint(null, null, null, collectBy)
                : new PickupPoint(point.id(), point.name(), point.address(), collectBy);
    }

    /** The buyer confirms or denies receipt of an inconsistent delivery within the buyer confirmation window. */
    public Instant buyerConfirmationDue(Instant windowStart) {
        return windowStart.plus(settings.buyerConfirmationWindow());
    }

    /** The seller produces a delivery receipt within the delivery receipt window of the buyer's denial. */
    public Instant deliveryReceiptDue(Instant windowStart) {
        return windowStart.plus(settings.deliveryReceiptWindow());
    }

    /**
     * When the party of a deadline due at {@code dueAt} is reminded: {@code reminder-before} ahead; null
     * when that is not after {@code scheduledAt} (the window is shorter than {@code reminder-before}).
     */
    public Instant reminderAt(Instant dueAt, Instant scheduledAt) {
        Instant at = dueAt.minus(settings.reminderBefore());
        return at.isAfter(scheduledAt) ? at : null;
    }
}
