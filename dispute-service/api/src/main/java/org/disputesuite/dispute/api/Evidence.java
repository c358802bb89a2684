package org.disputesuite.dispute.api;

import java.time.Instant;

import org.disputesuite.tracking.api.Address;

/**
 * One piece of evidence a party filed. {@code delayUntil} belongs to a customer-caused delay,
 * {@code address} to a proof of delivery or a delivery receipt; each is null elsewhere.
 */
public record Evidence(EvidenceType type, String description, String documentRef, Instant occurredAt,
                       Instant delayUntil, Address address) {
}
