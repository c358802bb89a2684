package org.disputesuite.ruling.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheckResult;
import org.disputesuite.tracking.api.PickupPoint;
import org.disputesuite.tracking.api.ShipmentStatus;

/** The sentences rulings share, in plain words with the facts they name. */
final class Reasons {

    private Reasons() {
    }

    static String tracking(RulingFacts facts) {
        if (facts.trackingStatus() == null) {
            return "The carrier has reported no tracking for this order (case " + facts.disputeCase() + ").";
        }
        String sentence = "The latest tracking status is " + facts.trackingStatus() + ", reported by the carrier at "
                + facts.trackingAt() + " (case " + facts.disputeCase() + ").";
        if (facts.trackingStatus() == ShipmentStatus.DELIVERED) {
            sentence += deliveryCheck(facts);
            if (facts.signedBy() != null && !facts.signedBy().isBlank()) {
                sentence += " It was signed for by " + facts.signedBy().strip() + ".";
            }
        }
        return sentence;
    }

    /** What the address check of a reported delivery says, with the address and the fields that differ. */
    private static String deliveryCheck(RulingFacts facts) {
        AddressCheckResult check = facts.addressCheck();
        boolean known = check != null && check.result() != null;
        if (facts.disputeCase() == DisputeCase.PICKUP) {
            return " The parcel was collected from the pickup point"
                    + (known ? "; the address check against the pickup point is " + check.result() : "") + ".";
        }
        if (!known) {
            return " No delivery address check has been published, so the delivery counts as to the order's"
                    + " shipping address.";
        }
        return switch (check.result()) {
            case MATCH -> " The delivery address check is MATCH with the order's shipping address.";
            case MISMATCH -> " The delivery address check is MISMATCH: the carrier reported delivery to "
                    + address(facts.deliveredTo()) + ", not to the order's shipping address ("
                    + address(facts.shippingAddress()) + ")"
                    + (check.differences().isEmpty() ? ""
                            : "; they differ in " + String.join(", ", check.differences()))
                    + ".";
            case UNKNOWN -> " The delivery address check is UNKNOWN: the carrier reported "
                    + (facts.deliveredTo() == null ? "no delivery address"
                            : "delivery to " + address(facts.deliveredTo()))
                    + ", which does not show whether the parcel reached the order's shipping address ("
                    + address(facts.shippingAddress()) + ").";
        };
    }

    /** The platform's request to collect, naming the point and the collect-by time. */
    static String askedToCollect(RulingFacts facts, Deadline pickup) {
        return "The parcel waits for the buyer at " + pickupPoint(facts.pickupPoint())
                + "; the platform asked the buyer to collect it by " + pickup.dueAt() + ".";
    }

    /** A pickup point as people name it: its name and address, what is known of them. */
    static String pickupPoint(PickupPoint point) {
        if (point == null) {
            return "a pickup point the carrier did not name";
        }
        String name = point.name() != null && !point.name().isBlank() ? point.name().strip()
                : point.id() != null && !point.id().isBlank() ? "pickup point " + point.id().strip()
                : "a pickup point";
        return point.address() == null ? name : name + " (" + address(point.address()) + ")";
    }

    static String escalation(RulingFacts facts, PolicySettings settings) {
        Escalation escalation = facts.escalation();
        if (escalation == null) {
            return "The dispute is under platform review.";
        }
        if (escalation.by() == Party.PLATFORM) {
            return "The platform took the dispute into review at " + escalation.at() + ": it was still negotiating "
                    + inWords(settings.autoEscalationAfter()) + " after it was opened at " + facts.openedAt() + ".";
        }
        return "The " + partyInWords(escalation.by()) + " escalated the dispute to platform review at "
                + escalation.at() + ".";
    }

    /** Why the outcome is what the buyer asked for, after {@code why} the seller is responsible. */
    static String sellerResponsible(String why, RequestedSolution requested) {
        return why + ", so the seller is responsible; the buyer asked for " + requested + ", so the outcome is "
                + requested.outcome() + ".";
    }

    /** Why nobody is at fault and the order's money goes to the seller, after {@code why}. */
    static String nobodyResponsible(String why) {
        return why + ", so nobody is found responsible and the order's money goes to the seller ("
                + Outcome.RELEASE_TO_SELLER + ").";
    }

    static String buyerResponsible(String why) {
        return why + ", so the buyer is responsible and the order's money goes to the seller ("
                + Outcome.RELEASE_TO_SELLER + ").";
    }

    /** An address as people write it, leaving out what is missing. */
    static String address(Address address) {
        if (address == null) {
            return "no address";
        }
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, address.line1());
        addIfPresent(parts, join(address.postalCode(), address.city()));
        addIfPresent(parts, address.countryCode());
        return parts.isEmpty() ? "no address" : String.join(", ", parts);
    }

    /** A window as people say it: "5 days", "10 seconds", "1 day 12 hours". */
    static String inWords(Duration duration) {
        long seconds = duration.getSeconds();
        long[] sizes = {86_400, 3_600, 60, 1};
        String[] names = {"day", "hour", "minute", "second"};
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            long count = seconds / sizes[i];
            seconds %= sizes[i];
            if (count > 0) {
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(count).append(' ').append(names[i]).append(count == 1 ? "" : "s");
            }
        }
        return words.length() == 0 ? duration.toString() : words.toString();
    }

    private static String partyInWords(Party party) {
        return party == null ? "a party" : party.name().toLowerCase(Locale.ROOT);
    }

    private static String join(String first, String second) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, first);
        addIfPresent(parts, second);
        return String.join(" ", parts);
    }

    private static void addIfPresent(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part.strip());
        }
    }
}
