package org.disputesuite.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FreePortsTests {

    @Test
    void findsAPortSomethingListensOn() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket closedAgain = new ServerSocket(0)) {
            int free = closedAgain.getLocalPort();
            closedAgain.close();

            assertThat(FreePorts.taken(List.of(free, listening.getLocalPort())))
                    .containsExactly(listening.getLocalPort());
        }
    }

    @Test
    void coversKafkaAndEveryServicesPorts() {
        LocalSettings settings = LocalSettings.from(Map.of("SUITE_KAFKA_PORT", "19092",
                "SUITE_KAFKA_CONTROLLER_PORT", "19093"));

        assertThat(FreePorts.of(settings)).containsExactly(19092, 19093, 8081, 9081, 8082, 9082, 8083, 9083,
                8084, 9084);
    }
}
