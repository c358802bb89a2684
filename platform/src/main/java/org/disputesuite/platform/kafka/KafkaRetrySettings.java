package org.disputesuite.platform.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a consumer retries a failing record, doubling the wait, before it dead-letters it. */
@ConfigurationProperties("suite.kafka.retry")
public record KafkaRetrySettings(@DefaultValue("PT0.5S") Duration initialInterval,
                                 @DefaultValue("PT30S") Duration maxInterval,
                                 @DefaultValue("PT5M") Duration maxElapsed) {
}
