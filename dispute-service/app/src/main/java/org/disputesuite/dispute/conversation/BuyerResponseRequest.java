package org.disputesuite.dispute.conversation;

import java.util.List;

import org.disputesuite.dispute.api.BuyerAction;
import org.disputesuite.dispute.api.Evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record BuyerResponseRequest(@NotNull BuyerAction action,
                            @Size(max = ConversationLimits.MAX_EVIDENCE) List<@NotNull @Valid EvidenceItem> evidence) {

    List<Evidence> evidenceItems() {
        return evidence == null ? List.of() : evidence.stream().map(EvidenceItem::toEvidence).toList();
    }
}
