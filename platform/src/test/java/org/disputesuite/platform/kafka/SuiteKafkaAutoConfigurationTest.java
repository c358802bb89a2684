package org.disputesuite.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.listener.DefaultErrorHandler;

class SuiteKafkaAutoConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withPropertyValues("spring.kafka.consumer.group-id=some-service",
                    "spring.datasource.url=jdbc:h2:mem:conventions;MODE=PostgreSQL")
            .withConfiguration(AutoConfigurations.of(SuiteKafkaAutoConfiguration.class, KafkaAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, DataSourceAutoConfiguration.class));

    @Test
    void givesEveryServiceItsDeadLetterHandlingPublisherAndProcessedEvents() {
        context.run(beans -> {
            assertThat(beans).hasSingleBean(DefaultErrorHandler.class);
            assertThat(beans).hasSingleBean(EventPublisher.class);
            assertThat(beans).hasSingleBean(ProcessedEvents.class);
        });
    }

    @Test
    void leavesOutProcessedEventsInAServiceWithoutADatabase() {
        new ApplicationContextRunner()
                .withPropertyValues("spring.kafka.consumer.group-id=no-db-service")
                .withConfiguration(AutoConfigurations.of(SuiteKafkaAutoConfiguration.class, KafkaAutoConfiguration.class))
                .run(beans -> {
                    assertThat(beans).hasSingleBean(EventPublisher.class);
                    assertThat(beans).doesNotHaveBean(ProcessedEvents.class);
                });
    }
}
