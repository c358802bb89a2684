package org.disputesuite.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's fixed ports must be free before it starts: a service that cannot bind its port dies,
 * but another program answering on that port could pass the readiness probe in its place, and a
 * "ready" suite would then be somebody else's.
 */
final class FreePorts {

    private FreePorts() {
    }

    /** The ports the suite listens on: Kafka's, then each service's API and management port. */
    static List<Integer> of(LocalSettings settings) {
        List<Integer> ports = new ArrayList<>(List.of(settings.kafkaPort(), settings.controllerPort()));
        for (SuiteService service : SuiteService.all()) {
            ports.add(service.apiPort());
            ports.add(service.managementPort());
        }
        return ports;
    }

    /** The ports of {@code ports} that something already listens on (any address), in order. */
    static List<Integer> taken(List<Integer> ports) {
        List<Integer> taken = new ArrayList<>();
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(port));
            } catch (IOException inUse) {
                taken.add(port);
            }
        }
        return taken;
    }
}
