package org.disputesuite.ruling.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.ruling.api.PolicySettings;

/**
 * The rules the platform applies today, in the order they are asked: the first one that rules decides.
 * Each rule is bound to its cases (docs/policy.md "Platform rulings"); within a case the order
 * settles which fact wins: a collection over a certificate over the collect-by time passing.
 */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> allCurrentRules(PolicySettings settings) {
        return List.of(
                new SellerSilentRule(settings),
                new CustomerDelayRule(settings),
                new CollectedRule(settings),
                new CertifiedRule(settings),
                new NotCollectedRule(settings),
                new NoAnswerRule(settings),
                new ReceiptRule(settings),
                new NoReceiptRule(settings),
                new DeliveredRule(settings),
                new ProofOfDeliveryRule(settings),
                new UnprovenRule(settings));
    }

    /** The ruling of the first rule in {@code rules} that rules on these facts. */
    public static Optional<Ruling> firstRuling(List<Rule> rules, RulingFacts facts, Instant now) {
        for (Rule rule : rules) {
            Optional<Ruling> ruling = rule.decide(facts, now);
            if (ruling.isPresent()) {
                return ruling;
            }
        }
        return Optional.empty();
    }
}
