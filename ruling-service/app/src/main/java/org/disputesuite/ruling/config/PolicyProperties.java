package org.disputesuite.ruling.config;

import java.time.Duration;

import org.disputesuite.ruling.policy.PolicySettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code suite.policy.*}: the windows of docs/policy.md as ISO-8601 durations, and the policy version rulings name. */
@ConfigurationProperties("suite.policy")
public record PolicyProperties(@DefaultValue("P15D") Duration protectionAfterPromise,
                               @DefaultValue("P5D") Duration sellerResponseWindow,
                               @DefaultValue("P15D") Duration autoEscalationAfter,
                               @DefaultValue("P7D") Duration pickupWindow,
                               @DefaultValue("P5D") Duration buyerConfirmationWindow,
                               @DefaultValue("P5D") Duration deliveryReceiptWindow,
                               @DefaultValue("P30D") Duration maxCustomerDelay,
                               @DefaultValue("P1D") Duration reminderBefore,
                               @DefaultValue("2026-11") String version) {

    PolicySettings toSettings() {
        return new PolicySettings(protectionAfterPromise, sellerResponseWindow, autoEscalationAfter, pickupWindow,
                buyerConfirmationWindow, deliveryReceiptWindow, maxCustomerDelay, reminderBefore, version);
    }
}
