package org.disputesuite.ruling.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The windows of the dispute policy (docs/policy.md) as one deployment set them under
 * {@code suite.policy.*}, read by every service that applies them. A window left out takes the
 * policy's default; one that is not positive, or longer than {@link #LONGEST_WINDOW}, is refused
 * with the setting's name. {@code edition} names the rulebook; {@link #version()} adds a digest of
 * the windows, so two deployments with different windows are told apart in every ruling.
 */
public record PolicySettings(String edition, Duration protectionAfterPromise, Duration sellerResponseWindow,
                             Duration autoEscalationAfter, Duration pickupWindow, Duration buyerConfirmationWindow,
                             Duration deliveryReceiptWindow, Duration maxCustomerDelay, Duration reminderBefore) {

    public static final String DEFAULT_EDITION = "2026-11";
    public static final Duration LONGEST_WINDOW = Duration.ofDays(366);

    public PolicySettings {
        edition = edition == null || edition.isBlank() ? DEFAULT_EDITION : edition.strip();
        protectionAfterPromise = window("protection-after-promise", protectionAfterPromise, Duration.ofDays(15));
        sellerResponseWindow = window("seller-response-window", sellerResponseWindow, Duration.ofDays(5));
        autoEscalationAfter = window("auto-escalation-after", autoEscalationAfter, Duration.ofDays(15));
        pickupWindow = window("pickup-window", pickupWindow, Duration.ofDays(7));
        buyerConfirmationWindow = window("buyer-confirmation-window", buyerConfirmationWindow, Duration.ofDays(5));
        deliveryReceiptWindow = window("delivery-receipt-window", deliveryReceiptWindow, Duration.ofDays(5));
        maxCustomerDelay = window("max-customer-delay", maxCustomerDelay, Duration.ofDays(30));
        reminderBefore = window("reminder-before", reminderBefore, Duration.ofDays(1));
    }

    /** The policy's defaults. */
    public static PolicySettings defaults() {
        return new PolicySettings(null, null, null, null, null, null, null, null, null);
    }

    /** The windows by their setting names, in the order of docs/policy.md. */
    public Map<String, Duration> windows() {
        Map<String, Duration> windows = new LinkedHashMap<>();
        windows.put("protection-after-promise", protectionAfterPromise);
        windows.put("seller-response-window", sellerResponseWindow);
        windows.put("auto-escalation-after", autoEscalationAfter);
        windows.put("pickup-window", pickupWindow);
        windows.put("buyer-confirmation-window", buyerConfirmationWindow);
        windows.put("delivery-receipt-window", deliveryReceiptWindow);
        windows.put("max-customer-delay", maxCustomerDelay);
        windows.put("reminder-before", reminderBefore);
        return windows;
    }

    /** The edition and the first eight hex digits of a SHA-256 over the windows: {@code 2026-11+1a2b3c4d}. */
    public String version() {
        StringBuilder canonical = new StringBuilder();
        windows().forEach((name, window) -> canonical.append(name).append('=').append(window).append(';'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return edition + "+" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static Duration window(String name, Duration value, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("suite.policy." + name + " must be a positive duration, got " + value);
        }
        if (value.compareTo(LONGEST_WINDOW) > 0) {
            throw new IllegalArgumentException("suite.policy." + name + " must be at most " + LONGEST_WINDOW
                    + " (366 days), got " + value);
        }
        return value;
    }

    public PolicySettings withSellerResponseWindow(Duration window) {
        return new PolicySettings(edition, protectionAfterPromise, window, autoEscalationAfter, pickupWindow,
                buyerConfirmationWindow, deliveryReceiptWindow, maxCustomerDelay, reminderBefore);
    }
}
