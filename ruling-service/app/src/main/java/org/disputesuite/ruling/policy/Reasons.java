package org.disputesuite.ruling.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.tracking.api.Address;
import org.disputesuite.tracking.api.AddressCheck;
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
        if (facts.trackingStatus() == ShipmentStatus.DELIVERED && facts.addressCheck() == null) {
            sentence += " No delivery address check has been published, so the delivery counts as to the order's"
                    + " shipping address.";
        } else if (facts.trackingStatus() == ShipmentStatus.DELIVERED) {
            sentence += " The delivery address check is " + facts.addressCheck()
                    + (facts.addressCheck() == AddressCheck.MATCH ? " with the order's shipping address." : ".");
        }
        return sentence;
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
