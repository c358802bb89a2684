package org.disputesuite.ruling.policy;

import java.time.Instant;

import org.disputesuite.dispute.api.Evidence;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.tracking.api.Address;

/**
 * A piece of evidence filed on a dispute, as far as the rules read it.
 *
 * @param eventId the id of the dispute.evidence-added.v1 record it came in
 */
public record FiledEvidence(EvidenceType type, Party party, String documentRef, Address address, Instant delayUntil,
                            String eventId) {

    public static FiledEvidence of(Evidence evidence, Party party, String eventId) {
        return new FiledEvidence(evidence.type(), party, evidence.documentRef(), evidence.address(),
                evidence.delayUntil(), eventId);
    }

    public boolean hasDocument() {
        return documentRef != null && !documentRef.isBlank();
    }
}
