package org.disputesuite.platform.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Every topic has the same partition count, so one order lands on the same partition everywhere. */
@ConfigurationProperties("suite.kafka")
public record KafkaTopicSettings(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor) {
}
