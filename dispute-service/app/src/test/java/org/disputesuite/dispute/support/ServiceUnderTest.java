package org.disputesuite.dispute.support;

import org.disputesuite.platform.testing.TestDatabase;
import org.disputesuite.platform.testing.TestKafka;
import org.disputesuite.platform.testing.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

/** dispute-service as its integration tests run it: the in-process broker, a fresh PostgreSQL database. */
public final class ServiceUnderTest {

    private ServiceUnderTest() {
    }

    public static void onKafkaAndPostgresql(DynamicPropertyRegistry registry, String databasePrefix) {
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
        String database = TestDatabase.create(databasePrefix);
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
        registry.add("suite.jwt.secret", () -> TestTokens.SECRET);
        registry.add("management.server.port", () -> "-1");
    }
}
