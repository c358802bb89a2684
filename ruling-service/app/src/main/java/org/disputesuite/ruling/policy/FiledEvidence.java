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
 * @param filedAt when dispute-service recorded it (that record's {@code occurredAt}); null for evidence
 *                kept before the filing time was
 */
public record FiledEvidence(EvidenceType type, Party party, String documentRef, Address address, Instant delayUntil,
                            String eventId, Instant filedAt) {

    public static FiledEvidence of(Evidence evidence, Party party, String eventId, Instant filedAt) {
        return new FiledEvidence(evidence.type(), party, evidence.documentRef(), evidence.address(),
                evidence.delayUntil(), eventId, filedAt);
    }

    public boolean hasDocument() {
        return documentRef != null && !documentRef.isBlank();
    }

    /** Whether it was filed strictly before {@code instant}; evidence of unknown filing time never was. */
    public boolean filedBefore(Instant instant) {
        return filedAt != null && filedAt.isBefore(instant);
    }
}
