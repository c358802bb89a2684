package org.disputesuite.dispute.config;


import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.dispute.api.OpeningWindow;
import org.disputesuite.platform.kafka.DeadLetters;
import org.disputesuite.platform.kafka.KafkaTopicSettings;
import org.disputesuite.platform.kafka.TopicDeclarations;
import org.disputesuite.platform.security.ApiAccessRules;
import org.disputesuite.ruling.api.PolicySettings;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.tracking.api.TrackingTopics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration(proxyBeanMethods = false)
public class ServiceSetup {

    /** docs/policy.md's windows as this deployment sets them; a bad window stops the start with its name. */
    @Bean
    PolicySettings policySettings(Environment environment) {
        return Binder.get(environment).bindOrCreate("suite.policy", PolicySettings.class);
    }

    @Bean
    OpeningWindow openingWindow(PolicySettings policy) {
        return new OpeningWindow(policy.protectionAfterPromise());
    }

    @Bean
    KafkaAdmin.NewTopics disputeServiceTopics(KafkaTopicSettings settings,
            @Value("${spring.kafka.consumer.group-id}") String group) {
        return TopicDeclarations.of(settings, DisputeTopics.EVENTS, TrackingTopics.TRACKING, RulingTopics.RULINGS,
                DeadLetters.topicFor(TrackingTopics.TRACKING, group),
                DeadLetters.topicFor(RulingTopics.RULINGS, group));
    }

    @Bean
    ApiAccessRules disputeAccessRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/v1/disputes").hasRole("BUYER")
                .requestMatchers(HttpMethod.POST, "/api/v1/disputes/*/seller-response").hasRole("SELLER")
                .requestMatchers(HttpMethod.POST, "/api/v1/disputes/*/buyer-response").hasRole("BUYER")
                .requestMatchers(HttpMethod.POST, "/api/v1/disputes/*/evidence", "/api/v1/disputes/*/messages",
                        "/api/v1/disputes/*/escalation").hasAnyRole("BUYER", "SELLER")
                .requestMatchers(HttpMethod.GET, "/api/v1/disputes", "/api/v1/disputes/*")
                .hasAnyRole("BUYER", "SELLER", "OPERATOR");
    }
}
