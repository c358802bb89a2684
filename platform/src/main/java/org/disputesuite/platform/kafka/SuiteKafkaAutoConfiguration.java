package org.disputesuite.platform.kafka;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.disputesuite.platform.events.InvalidEventException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The suite's Kafka conventions: a record that still fails after bounded retries goes to
 * {@code <topic>.<group>.dlt} with the reason in its headers, and the consumer moves on. The
 * retries back off for minutes, so a database or broker blip never dead-letters a good record;
 * a record that can never be processed ({@link InvalidEventException}) goes there at once.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration")
@EnableConfigurationProperties({KafkaTopicSettings.class, KafkaRetrySettings.class})
public class SuiteKafkaAutoConfiguration {

    @Bean
    @ConditionalOnBean(KafkaTemplate.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template, KafkaProperties properties,
            KafkaRetrySettings retry) {
        String group = properties.getConsumer().getGroupId();
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(DeadLetters.topicFor(record.topic(), group), -1));
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxElapsedTime(retry.maxElapsed().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        return handler;
    }

    /**
     * Producers wait for every replica and never duplicate on retry; a record not acknowledged
     * within the publish timeout is abandoned by the producer too, so a request answered 503 does
     * not reach Kafka later. A service's own setting of any of these wins.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer acknowledgedDelivery(
            @Value("${suite.kafka.publish-timeout-ms:10000}") long publishTimeoutMillis) {
        long deliveryTimeout = publishTimeoutMillis - 1000;
        Map<String, Object> defaults = Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) (deliveryTimeout / 2),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, deliveryTimeout / 2);
        return factory -> {
            Map<String, Object> missing = new HashMap<>(defaults);
            missing.keySet().removeAll(factory.getConfigurationProperties().keySet());
            factory.updateConfigs(missing);
        };
    }

    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> staticMembership(
            @Value("${" + StaticMembership.INSTANCE_ID_PROPERTY + ":}") String instanceId) {
        return StaticMembership.listeners(instanceId);
    }

    @Bean
    @ConditionalOnBean(KafkaTemplate.class)
    EventPublisher eventPublisher(KafkaTemplate<String, String> template,
            @Value("${suite.kafka.publish-timeout-ms:10000}") long timeoutMillis) {
        return new EventPublisher(template, timeoutMillis);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcTemplate.class)
    static class ProcessedEventsConfiguration {

        @Bean
        @ConditionalOnBean(JdbcTemplate.class)
        @ConditionalOnMissingBean
        ProcessedEvents processedEvents(JdbcTemplate jdbc) {
            return new ProcessedEvents(jdbc);
        }
    }
}
