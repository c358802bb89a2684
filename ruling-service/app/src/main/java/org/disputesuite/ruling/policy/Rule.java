package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.Optional;

/**
 * One rule of docs/policy.md: a pure function of the facts and the time. It rules when the facts
 * call for it and stays silent otherwise; the same facts and time always give the same ruling.
 */
public interface Rule {

    RuleId id();

    Optional<Ruling> decide(RulingFacts facts, Instant now);
}
