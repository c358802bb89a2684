package org.disputesuite.tracking;

import org.disputesuite.platform.lifecycle.ServiceMain;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Shipments and their tracking: registration by sellers, webhooks from carriers, logistics.tracking.v1. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LogisticsTrackerApplication {

    public static void main(String[] args) {
        ServiceMain.run(LogisticsTrackerApplication.class, args);
    }
}
