package org.disputesuite.tracking.publishing;

import org.disputesuite.platform.kafka.KafkaTopicSettings;
import org.disputesuite.platform.kafka.TopicDeclarations;
import org.disputesuite.tracking.api.TrackingTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class TrackingTopicConfiguration {

    @Bean
    KafkaAdmin.NewTopics trackingTopics(KafkaTopicSettings settings) {
        return TopicDeclarations.of(settings, TrackingTopics.TRACKING);
    }
}
