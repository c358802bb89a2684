package org.disputesuite.dispute.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Intentionally empty: it only orders auto-configurations. Axon 4's auto-configurations name Spring
 * Boot 3's class names in their ordering, so under Boot 4 they are evaluated before the relocated
 * DataSource, transaction manager and meter registry exist and silently back off (no JDBC event
 * store, no Spring transaction manager, a private meter registry). Sitting between the two sets
 * fixes the order.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
                AxonAfterBootInfrastructure.BOOT_METRICS + "CompositeMeterRegistryAutoConfiguration",
                AxonAfterBootInfrastructure.BOOT_METRICS + "export.simple.SimpleMetricsExportAutoConfiguration",
                AxonAfterBootInfrastructure.BOOT_METRICS + "export.prometheus.PrometheusMetricsExportAutoConfiguration"
        },
        beforeName = {
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration"
        })
public class AxonAfterBootInfrastructure {

    static final String BOOT_METRICS = "org.springframework.boot.micrometer.metrics.autoconfigure.";
}
