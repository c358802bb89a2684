package org.disputesuite.dispute.config;

import java.sql.SQLException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.disputesuite.dispute.domain.Dispute;
import org.springframework.context.annotation.Bean;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class AxonSetup {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DEFAULT_AXON_OBJECT_MAPPER = "defaultAxonObjectMapper";

    /**
     * Axon serializes with Jackson 2. Stored events keep their times as ISO-8601 text (as the API
     * and the topics show them), and a field added later does not break reading older code's events.
     */
    @Bean(DEFAULT_AXON_OBJECT_MAPPER)
    ObjectMapper defaultAxonObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Registered here rather than with Axon's Spring stereotype, so the domain stays free of Spring. */
    @Bean
    ConfigurerModule disputeAggregate() {
        return configurer -> configurer.configureAggregate(Dispute.class);
    }

    /**
     * A failing event handler must stop its processor (which retries later from its token) rather
     * than be logged and skipped: a skipped event would never reach Kafka or the read model.
     */
    @Bean
    ConfigurerModule eventHandlerFailuresAreRetried() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }

    /**
     * Axon's default resolver only recognises {@code SQLIntegrityConstraintViolationException}, which
     * the PostgreSQL driver never throws; the SQL state is what both PostgreSQL and H2 report.
     */
    @Bean
    PersistenceExceptionResolver uniqueViolationResolver() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }
}
