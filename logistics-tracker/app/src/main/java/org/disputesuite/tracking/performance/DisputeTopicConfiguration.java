package org.disputesuite.tracking.performance;

import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.platform.kafka.DeadLetters;
import org.disputesuite.platform.kafka.KafkaTopicSettings;
import org.disputesuite.platform.kafka.TopicDeclarations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The topic the tracker reads for carrier performance and its own dead-letter topic for it. */
@Configuration(proxyBeanMethods = false)
class DisputeTopicConfiguration {

    @Bean
    KafkaAdmin.NewTopics disputeTopics(KafkaTopicSettings settings,
                                       @Value("${spring.kafka.consumer.group-id}") String group) {
        return TopicDeclarations.of(settings, DisputeTopics.EVENTS, DeadLetters.topicFor(DisputeTopics.EVENTS, group));
    }
}
