package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.tracking.api.AddressMatcher;

/**
 * R3-NO-RECEIPT (docs/policy.md, inconsistent delivery address): the seller was asked for a delivery
 * receipt and none for the order's shipping address came within {@code delivery-receipt-window} (a
 * receipt for another address does not count): the seller is responsible and the buyer gets what
 * they asked for. The reasons say why each receipt filed did not count.
 */
public final class NoReceiptRule implements Rule {

    private final PolicySettings settings;

    public NoReceiptRule(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public RuleId id() {
        return RuleId.R3_NO_RECEIPT;
    }

    @Override
    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        if (facts.disputeCase() != DisputeCase.INCONSISTENT_DELIVERY) {
            return Optional.empty();
        }
        return facts.expired(DeadlineType.DELIVERY_RECEIPT)
                .filter(asked -> ReceiptRule.firstProving(facts, asked).isEmpty())
                .map(asked -> ruling(facts, asked));
    }

    private Ruling ruling(RulingFacts facts, Deadline asked) {
        List<String> reasons = new ArrayList<>();
        reasons.add(Reasons.tracking(facts));
        reasons.add("The buyer said the parcel was still not received, so the platform asked the seller for a"
                + " delivery receipt within the delivery receipt window of "
                + Reasons.inWords(settings.deliveryReceiptWindow()) + "; that deadline passed at " + asked.dueAt()
                + ".");
        List<FiledEvidence> receipts = facts.evidenceOf(Party.SELLER, EvidenceType.DELIVERY_RECEIPT);
        if (receipts.isEmpty()) {
            reasons.add("The seller filed no delivery receipt.");
        }
        List<String> used = new ArrayList<>();
        for (FiledEvidence receipt : receipts) {
            reasons.add(whyItDoesNotCount(receipt, asked, facts));
            used.add(receipt.eventId());
        }
        reasons.add(Reasons.sellerResponsible("No delivery receipt for the shipping address came in time",
                facts.requestedSolution()));
        used.add(asked.expiredEventId());
        return new Ruling(id(), facts.requestedSolution().outcome(), ResponsibleParty.SELLER, reasons,
                facts.restingOn(used.toArray(String[]::new)), settings.version(), facts.basedOnVersion());
    }

    private static String whyItDoesNotCount(FiledEvidence receipt, Deadline asked, RulingFacts facts) {
        List<String> lacks = new ArrayList<>();
        if (!AddressMatcher.matches(receipt.address(), facts.shippingAddress())) {
            lacks.add("names " + Reasons.address(receipt.address()) + ", which does not match the order's shipping"
                    + " address (" + Reasons.address(facts.shippingAddress()) + ")");
        }
        if (!receipt.filedBefore(asked.dueAt())) {
            lacks.add(receipt.filedAt() == null ? "was not filed before the deadline"
                    : "was filed at " + receipt.filedAt() + ", not before the deadline");
        }
        return "The seller's delivery receipt" + ReceiptRule.document(receipt) + " " + String.join(" and ", lacks)
                + ", so it does not count.";
    }
}
