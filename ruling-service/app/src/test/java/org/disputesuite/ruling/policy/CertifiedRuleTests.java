package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.NOW;
import static org.disputesuite.ruling.policy.Facts.POINT;
import static org.disputesuite.ruling.policy.Facts.POLICY;
import static org.disputesuite.ruling.policy.Facts.expired;
import static org.disputesuite.ruling.policy.Facts.facts;
import static org.disputesuite.ruling.policy.Facts.open;
import static org.disputesuite.ruling.policy.Facts.pickupCertificate;

import java.time.Instant;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.EvidenceType;
import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.Party;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.ruling.api.DeadlineType;
import org.disputesuite.tracking.api.ShipmentStatus;
import org.junit.jupiter.api.Test;

class CertifiedRuleTests {

    private static final Instant ARRIVED_AT = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant FILED_AT = Instant.parse("2026-11-24T12:00:00Z");

    private final CertifiedRule rule = new CertifiedRule(POLICY);

    /** A parcel waiting at {@link Facts#POINT}, the buyer asked to collect it by {@link Facts#NOW}. */
    private static Facts waiting() {
        return facts().inCase(DisputeCase.PICKUP).pickupPoint(POINT)
                .tracking(ShipmentStatus.AVAILABLE_FOR_PICKUP, ARRIVED_AT)
                .deadline(open(DeadlineType.BUYER_PICKUP, NOW));
    }

    @Test
    void rulesAgainstTheSellerWhenTheBuyerFiledACertificateBeforeTheCollectByTime() {
        Ruling ruling = rule.decide(waiting().evidence(pickupCertificate("cert-9", FILED_AT, "evidence-1")).build(),
                FILED_AT).orElseThrow();

        assertThat(ruling.rule()).isEqualTo(RuleId.R2_CERTIFIED);
        assertThat(ruling.rule().id()).isEqualTo("R2-CERTIFIED");
        assertThat(ruling.outcome()).isEqualTo(Outcome.REFUND_BUYER);
        assertThat(ruling.responsibleParty()).isEqualTo(ResponsibleParty.SELLER);
        assertThat(ruling.policyVersion()).isEqualTo(POLICY.version());
        assertThat(ruling.basedOnVersion()).isEqualTo(7);
        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "evidence-1");
        assertThat(ruling.reasons()).containsExactly(
                "The parcel waits for the buyer at Relais Montorgueil (3 Rue Montorgueil, 75002 Paris, FR); the"
                        + " platform asked the buyer to collect it by 2026-11-26T10:00:00Z.",
                "The buyer filed a pickup certificate (document cert-9) at 2026-11-24T12:00:00Z, before the"
                        + " collect-by time.",
                "The latest tracking status is AVAILABLE_FOR_PICKUP, reported by the carrier at 2026-11-20T09:00:00Z"
                        + " (case PICKUP).",
                "A pickup certificate filed in time shows the parcel could not be collected, so the seller is"
                        + " responsible; the buyer asked for REFUND, so the outcome is REFUND_BUYER.");
    }

    @Test
    void ordersResendWhenTheBuyerAskedForIt() {
        assertThat(rule.decide(waiting().requested(RequestedSolution.RESEND)
                .evidence(pickupCertificate("cert-9", FILED_AT, "evidence-1")).build(), FILED_AT))
                .hasValueSatisfying(ruling -> assertThat(ruling.outcome()).isEqualTo(Outcome.RESEND));
    }

    @Test
    void rulesOnTheFirstCertificateThatCounts() {
        Ruling ruling = rule.decide(waiting()
                .evidence(pickupCertificate(" ", FILED_AT, "evidence-1"))
                .evidence(pickupCertificate("cert-9", FILED_AT.plusSeconds(60), "evidence-2"))
                .evidence(pickupCertificate("cert-10", FILED_AT.plusSeconds(120), "evidence-3")).build(), NOW)
                .orElseThrow();

        assertThat(ruling.factEventIds()).containsExactly("opened-1", "tracking-1", "evidence-2");
        assertThat(String.join(" ", ruling.reasons())).contains("cert-9").doesNotContain("cert-10");
    }

    @Test
    void doesNotCountACertificateFiledAtOrAfterTheCollectByTime() {
        assertThat(rule.decide(waiting().evidence(pickupCertificate("cert-9", NOW, "evidence-1")).build(), NOW))
                .isEmpty();
        assertThat(rule.decide(waiting().deadline(expired(DeadlineType.BUYER_PICKUP, NOW, "expired-1"))
                .evidence(pickupCertificate("cert-9", NOW.plusSeconds(1), "evidence-1")).build(), NOW.plusSeconds(1)))
                .isEmpty();
    }

    @Test
    void doesNotCountACertificateWithoutADocumentOrOfUnknownFilingTime() {
        assertThat(rule.decide(waiting().evidence(pickupCertificate(null, FILED_AT, "evidence-1")).build(), NOW))
                .isEmpty();
        assertThat(rule.decide(waiting().evidence(pickupCertificate("cert-9", null, "evidence-1")).build(), NOW))
                .isEmpty();
    }

    @Test
    void countsOnlyTheBuyersCertificate() {
        FiledEvidence fromSeller = new FiledEvidence(EvidenceType.PICKUP_CERTIFICATE, Party.SELLER, "cert-9", null,
                null, "evidence-1", FILED_AT);

        assertThat(rule.decide(waiting().evidence(fromSeller).build(), NOW)).isEmpty();
    }

    @Test
    void rulesOnlyOnARequestToCollectInThePickupCase() {
        FiledEvidence certificate = pickupCertificate("cert-9", FILED_AT, "evidence-1");

        assertThat(rule.decide(facts().inCase(DisputeCase.PICKUP).evidence(certificate).build(), NOW)).isEmpty();
        assertThat(rule.decide(waiting().inCase(DisputeCase.IN_TRANSIT).evidence(certificate).build(), NOW))
                .isEmpty();
    }
}
