package org.disputesuite.dispute.config;

import java.sql.SQLException;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.disputesuite.dispute.domain.Dispute;
import org.disputesuite.platform.kafka.StaticMembership;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
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
                .addMixIn(Dispute.class, SnapshotOfFields.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /**
     * Axon's JDBC token store as its auto-configuration makes it, except that an instance with a
     * stable name ({@code suite.instance-id}) claims processing segments under that name: restarted
     * after a crash, it takes its own segments back at once instead of waiting for their claims to
     * time out.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenStoreProperties properties,
            @Value("${" + StaticMembership.INSTANCE_ID_PROPERTY + ":}") String instanceId) {
        JdbcTokenStore.Builder builder = JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(TokenSchema.builder().build())
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout());
        if (!instanceId.isBlank()) {
            builder.nodeId(instanceId);
        }
        return builder.build();
    }

    /**
     * Registered here rather than with Axon's Spring stereotype, so the domain stays free of Spring.
     * A long dispute is loaded from a snapshot taken every {@code suite.disputes.snapshot-after}
     * events, so its load time does not grow with its conversation.
     */
    @Bean
    ConfigurerModule disputeAggregate(@Value("${suite.disputes.snapshot-after:50}") int snapshotAfter) {
        if (snapshotAfter < 2) {
            throw new IllegalArgumentException("suite.disputes.snapshot-after must be at least 2, got " + snapshotAfter);
        }
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Dispute.class)
                .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                        AggregateSnapshotter.builder()
                                .eventStore(config.eventStore())
                                .aggregateFactories(new GenericAggregateFactory<>(Dispute.class))
                                .transactionManager(config.getComponent(TransactionManager.class))
                                .build(),
                        snapshotAfter)));
    }

    /** A snapshot is the aggregate's fields, which the domain keeps free of JSON annotations. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    private interface SnapshotOfFields {
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
