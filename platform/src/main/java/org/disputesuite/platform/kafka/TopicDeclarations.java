package org.disputesuite.platform.kafka;

import java.util.Arrays;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics a service uses, created at start-up where they are missing, all with one partition count. */
public final class TopicDeclarations {

    private TopicDeclarations() {
    }

    public static KafkaAdmin.NewTopics of(KafkaTopicSettings settings, String... topics) {
        return new KafkaAdmin.NewTopics(Arrays.stream(topics)
                .map(name -> TopicBuilder.name(name)
                        .partitions(settings.partitions())
                        .replicas(settings.replicationFactor())
                        .build())
                .toArray(NewTopic[]::new));
    }
}
