package org.disputesuite.dispute.conversation;

import org.disputesuite.dispute.domain.AddEvidence;
import org.disputesuite.dispute.domain.Escalate;
import org.disputesuite.dispute.domain.PostMessage;
import org.disputesuite.dispute.domain.RespondAsBuyer;
import org.disputesuite.dispute.domain.RespondAsSeller;
import org.disputesuite.dispute.view.DisputeView;
import org.disputesuite.platform.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/** What buyers and sellers do on an open dispute (docs/api.md); each answers the dispute after the action. */
@RestController
@RequestMapping("/api/v1/disputes/{disputeId}")
class ConversationController {

    private final DisputeActions actions;

    ConversationController(DisputeActions actions) {
        this.actions = actions;
    }

    @PostMapping("/seller-response")
    DisputeView sellerResponse(@PathVariable String disputeId, @Valid @RequestBody SellerResponseRequest request,
            Caller caller) {
        return actions.actAsSeller(disputeId, caller, acting -> new RespondAsSeller(disputeId, request.action(),
                request.toProposal(), request.evidenceItems(), acting.at()));
    }

    @PostMapping("/buyer-response")
    DisputeView buyerResponse(@PathVariable String disputeId, @Valid @RequestBody BuyerResponseRequest request,
            Caller caller) {
        return actions.actAsBuyer(disputeId, caller, acting -> new RespondAsBuyer(disputeId, request.action(),
                request.evidenceItems(), acting.at()));
    }

    @PostMapping("/evidence")
    DisputeView evidence(@PathVariable String disputeId, @Valid @RequestBody EvidenceRequest request,
            Caller caller) {
        return actions.actAsEitherParty(disputeId, caller, acting -> new AddEvidence(disputeId, acting.party(),
                request.evidenceItems(), acting.at()));
    }

    @PostMapping("/messages")
    DisputeView message(@PathVariable String disputeId, @Valid @RequestBody MessageRequest request, Caller caller) {
        return actions.actAsEitherParty(disputeId, caller, acting -> new PostMessage(disputeId, acting.party(), request.text(),
                acting.at()));
    }

    @PostMapping("/escalation")
    DisputeView escalation(@PathVariable String disputeId, Caller caller) {
        return actions.actAsEitherParty(disputeId, caller, acting -> new Escalate(disputeId, acting.party(), acting.at()));
    }
}
