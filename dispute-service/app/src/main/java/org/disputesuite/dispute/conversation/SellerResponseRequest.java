package org.disputesuite.dispute.conversation;

import java.util.List;

import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.Proposal;
import org.disputesuite.dispute.api.ProposedSolution;
import org.disputesuite.dispute.api.SellerAction;
import org.disputesuite.tracking.api.Money;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A seller's answer: a proposal goes with PROPOSE only, an amount with a partial refund only. */
record SellerResponseRequest(@NotNull SellerAction action,
                             @Valid ProposalBody proposal,
                             @Size(max = ConversationLimits.MAX_EVIDENCE) List<@NotNull @Valid EvidenceItem> evidence) {

    @AssertTrue(message = "is required with PROPOSE and allowed with PROPOSE only")
    boolean isProposal() {
        return action == null || (action == SellerAction.PROPOSE) == (proposal != null);
    }

    List<Evidence> evidenceItems() {
        return evidence == null ? List.of() : evidence.stream().map(EvidenceItem::toEvidence).toList();
    }

    Proposal toProposal() {
        return proposal == null ? null : new Proposal(proposal.solution(),
                proposal.amount() == null ? null : new Money(proposal.amount().value(), proposal.amount().currency()));
    }

    record ProposalBody(@NotNull ProposedSolution solution, @Valid AmountBody amount) {

        @AssertTrue(message = "is required for PARTIAL_REFUND and allowed for PARTIAL_REFUND only")
        boolean isAmount() {
            return solution == null || (solution == ProposedSolution.PARTIAL_REFUND) == (amount != null);
        }
    }

    record AmountBody(@NotNull @Pattern(regexp = "\\d{1,15}(\\.\\d{1,4})?",
                              message = "must be a decimal string such as 23.90")
                      @DecimalMin(value = "0", inclusive = false, message = "must be more than zero") String value,
                      @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
                      String currency) {
    }
}
