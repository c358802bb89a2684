package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.tracking.api.AddressMatcher;

/**
 * R3-RECEIPT (docs/policy.md, inconsistent delivery address): the buyer said the parcel was still not
 * received, the platform asked the seller for a delivery receipt, and the seller filed one, before
 * that deadline, whose address matches the order's shipping address: the buyer is responsible.
 */
public final class ReceiptRule implements Rule {

    private final PolicySettings settings;

    public ReceiptRule(PolicySettings settings) {
        this.settings = settings;
    }

    @Override
    public RuleId id() {
        return RuleId.R3_RECEIPT;
    }

    @Override
    public Optional<Ruling> decide(RulingFacts facts, Instant now) {
        if (facts.disputeCase() != DisputeCase.INCONSISTENT_DELIVERY) {
            return Optional.empty();
        }
        return facts.latest(DeadlineType.DELIVERY_RECEIPT).flatMap(asked -> firstProving(facts, asked)
                .map(receipt -> new Ruling(id(), Outcome.RELEASE_TO_SELLER, ResponsibleParty.BUYER,
                        List.of(Reasons.tracking(facts), askedForReceipt(asked),
                                "The seller filed a delivery receipt" + document(receipt) + " at " + receipt.filedAt()
                                        + " for " + Reasons.address(receipt.address())
                                        + ", which matches the order's shipping address.",
                                Reasons.buyerResponsible("A delivery receipt for the shipping address shows the parcel"
                                        + " was delivered there")),
                        facts.restingOn(receipt.eventId()), settings.version(), facts.basedOnVersion())));
    }

    static String askedForReceipt(Deadline asked) {
        return "The buyer said the parcel was still not received, so the platform asked the seller for a delivery"
                + " receipt by " + asked.dueAt() + ".";
    }

    static String document(FiledEvidence receipt) {
        return receipt.hasDocument() ? " (document " + receipt.documentRef() + ")" : "";
    }

    /** The first delivery receipt the seller filed, before {@code asked} was due, for the shipping address. */
    static Optional<FiledEvidence> firstProving(RulingFacts facts, Deadline asked) {
        return facts.evidenceOf(Party.SELLER, EvidenceType.DELIVERY_RECEIPT).stream()
                .filter(receipt -> proves(receipt, asked, facts))
                .findFirst();
    }

    private static boolean proves(FiledEvidence receipt, Deadline asked, RulingFacts facts) {
        return receipt.filedBefore(asked.dueAt()) && AddressMatcher.matches(receipt.address(), facts.shippingAddress());
    }
}
