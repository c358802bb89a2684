package org.disputesuite.notification;


import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.notification.message.Announcements;
import org.disputesuite.notification.message.MessageRenderer;
import org.disputesuite.notification.message.TemplateCatalog;
import org.disputesuite.platform.kafka.DeadLetters;
import org.disputesuite.platform.kafka.KafkaTopicSettings;
import org.disputesuite.platform.kafka.TopicDeclarations;
import org.disputesuite.platform.security.ApiAccessRules;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.tracking.api.TrackingTopics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    static final String TEMPLATE_FOLDER = "messages";


    @Bean
    Announcements announcements() {
        return new Announcements();
    }

    @Bean
    MessageRenderer messageRenderer() {
        return new MessageRenderer(TemplateCatalog.fromClasspath(getClass().getClassLoader(), TEMPLATE_FOLDER));
    }

    /** Any party may read its own inbox and preferences; a token without a role may not. */
    @Bean
    ApiAccessRules notificationAccess() {
        return requests -> requests.requestMatchers("/api/v1/inbox", "/api/v1/preferences")
                .hasAnyRole("BUYER", "SELLER", "OPERATOR");
    }

    @Bean
    KafkaAdmin.NewTopics notificationTopics(KafkaTopicSettings settings,
                                            @Value("${spring.kafka.consumer.group-id}") String group) {
        return TopicDeclarations.of(settings,
                TrackingTopics.TRACKING, DeadLetters.topicFor(TrackingTopics.TRACKING, group),
                DisputeTopics.EVENTS, DeadLetters.topicFor(DisputeTopics.EVENTS, group),
                RulingTopics.RULINGS, DeadLetters.topicFor(RulingTopics.RULINGS, group));
    }
}
