package org.disputesuite.ruling.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * The windows of docs/policy.md as one deployment configured them, and the version of the policy that
 * every ruling names. Read once at start-up.
 */
public record PolicySettings(Duration protectionAfterPromise, Duration sellerResponseWindow,
                             Duration autoEscalationAfter, Duration pickupWindow,
                             Duration buyerConfirmationWindow, Duration deliveryReceiptWindow,
                             Duration maxCustomerDelay, Duration reminderBefore, String version) {

    public PolicySettings {
        Objects.requireNonNull(protectionAfterPromise, "protectionAfterPromise");
        Objects.requireNonNull(sellerResponseWindow, "sellerResponseWindow");
        Objects.requireNonNull(autoEscalationAfter, "autoEscalationAfter");
        Objects.requireNonNull(pickupWindow, "pickupWindow");
        Objects.requireNonNull(buyerConfirmationWindow, "buyerConfirmationWindow");
        Objects.requireNonNull(deliveryReceiptWindow, "deliveryReceiptWindow");
        Objects.requireNonNull(maxCustomerDelay, "maxCustomerDelay");
        Objects.requireNonNull(reminderBefore, "reminderBefore");
        Objects.requireNonNull(version, "version");
        if (sellerResponseWindow.isNegative() || sellerResponseWindow.isZero()) {
            throw new IllegalArgumentException("seller-response-window must be positive, got " + sellerResponseWindow);
        }
    }

    /** The defaults of docs/policy.md. */
    public static PolicySettings defaults(String version) {
        return new PolicySettings(Duration.ofDays(15), Duration.ofDays(5), Duration.ofDays(15), Duration.ofDays(7),
                Duration.ofDays(5), Duration.ofDays(5), Duration.ofDays(30), Duration.ofDays(1), version);
    }

    public PolicySettings withSellerResponseWindow(Duration window) {
        return new PolicySettings(protectionAfterPromise, window, autoEscalationAfter, pickupWindow,
                buyerConfirmationWindow, deliveryReceiptWindow, maxCustomerDelay, reminderBefore, version);
    }
}
