package org.disputesuite.local;

import java.util.List;

/** One service of the suite as the all-in-one runs it: its jar and ports (docs/api.md, Running it). */
enum SuiteService {
    LOGISTICS_TRACKER("logistics-tracker", 8081, true),
    DISPUTE_SERVICE("dispute-service", 8082, true),
    RULING_SERVICE("ruling-service", 8083, false),
    NOTIFICATION_SERVICE("notification-service", 8084, true);

    private final String serviceName;
    private final int apiPort;
    private final boolean usesDatabase;

    SuiteService(String serviceName, int apiPort, boolean usesDatabase) {
        this.serviceName = serviceName;
        this.apiPort = apiPort;
        this.usesDatabase = usesDatabase;
    }

    String serviceName() {
        return serviceName;
    }

    int apiPort() {
        return apiPort;
    }

    int managementPort() {
        return apiPort + 1000;
    }

    boolean usesDatabase() {
        return usesDatabase;
    }

    String jarName() {
        return serviceName + ".jar";
    }

    static List<SuiteService> all() {
        return List.of(values());
    }
}
