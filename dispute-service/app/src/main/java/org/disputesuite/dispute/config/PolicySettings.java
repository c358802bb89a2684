package org.disputesuite.dispute.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The policy windows dispute-service enforces itself (docs/policy.md defaults). */
@ConfigurationProperties("suite.policy")
public record PolicySettings(@DefaultValue("P15D") Duration protectionAfterPromise) {
}
