package org.disputesuite.ruling.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.ruling.policy.Facts.NOW;
import static org.disputesuite.ruling.policy.Facts.POLICY;
import static org.disputesuite.ruling.policy.Facts.facts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.junit.jupiter.api.Test;

class RulesTests {

    @Test
    void asksTheCurrentRulesInPolicyOrder() {
        assertThat(Rules.allCurrentRules(POLICY)).extracting(Rule::id).containsExactly(RuleId.R1_SELLER_SILENT,
                RuleId.R1_CUSTOMER_DELAY, RuleId.R2_COLLECTED, RuleId.R2_CERTIFIED, RuleId.R2_NOT_COLLECTED,
                RuleId.R3_NO_ANSWER, RuleId.R3_RECEIPT, RuleId.R3_NO_RECEIPT, RuleId.R4_DELIVERED,
                RuleId.R1_PROOF_OF_DELIVERY, RuleId.R1_UNPROVEN);
    }

    @Test
    void publishesEachRuleUnderItsPolicyId() {
        assertThat(RuleId.values()).extracting(RuleId::id).containsExactly("R1-SELLER-SILENT", "R1-CUSTOMER-DELAY",
                "R1-PROOF-OF-DELIVERY", "R1-UNPROVEN", "R2-COLLECTED", "R2-CERTIFIED", "R2-NOT-COLLECTED",
                "R3-NO-ANSWER", "R3-RECEIPT", "R3-NO-RECEIPT", "R4-DELIVERED");
    }

    @Test
    void theFirstRuleThatRulesDecides() {
        List<Rule> rules = List.of(new Fixed(RuleId.R1_SELLER_SILENT, false), new Fixed(RuleId.R4_DELIVERED, true),
                new Fixed(RuleId.R1_UNPROVEN, true));

        assertThat(Rules.firstRuling(rules, facts().build(), NOW))
                .hasValueSatisfying(ruling -> assertThat(ruling.rule()).isEqualTo(RuleId.R4_DELIVERED));
    }

    @Test
    void noRulingWhenNoRuleRules() {
        assertThat(Rules.firstRuling(Rules.allCurrentRules(POLICY), facts().build(), NOW)).isEmpty();
    }

    /** A rule that always or never rules. */
    private record Fixed(RuleId id, boolean rules) implements Rule {

        @Override
        public Optional<Ruling> decide(RulingFacts facts, Instant now) {
            return rules ? Optional.of(new Ruling(id, Outcome.RESEND, ResponsibleParty.SELLER, List.of(),
                    List.of(), "v", 1)) : Optional.empty();
        }
    }
}
