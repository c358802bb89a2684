package org.disputesuite.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.disputesuite.dispute.api.DisputeTopics;
import org.disputesuite.ruling.api.RulingTopics;
import org.disputesuite.tracking.api.TrackingTopics;

/**
 * A single-node Kafka (KRaft, combined broker and controller) running inside the launcher's JVM,
 * its log under the data directory so topics survive a restart.
 */
final class EmbeddedKafka implements AutoCloseable {

    /** The suite's topics, with the same partition count; event topics keep their records. */
    static final Map<String, Boolean> TOPICS_LONG_RETENTION = Map.of(
            TrackingTopics.TRACKING, true,
            DisputeTopics.EVENTS, true,
            RulingTopics.RULINGS, false);

    private final KafkaRaftServer server;
    private final LocalSettings settings;

    private EmbeddedKafka(KafkaRaftServer server, LocalSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    static EmbeddedKafka start(LocalSettings settings) throws IOException {
        Path logDir = settings.dataDir().resolve("kafka");
        Files.createDirectories(logDir);
        Properties props = brokerProperties(settings, logDir);
        format(props, logDir);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        EmbeddedKafka kafka = new EmbeddedKafka(server, settings);
        kafka.createTopics();
        return kafka;
    }

    private static Properties brokerProperties(LocalSettings settings, Path logDir) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + settings.controllerPort());
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + settings.kafkaPort()
                + ",CONTROLLER://127.0.0.1:" + settings.controllerPort());
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + settings.kafkaPort());
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", String.valueOf(settings.partitions()));
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        return props;
    }

    /** Formats the log directory on first start; a formatted one is kept as it is. */
    private static void format(Properties props, Path logDir) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Path config = logDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            props.store(out, "written by the dispute-suite launcher");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[] {"format", "-t",
                Uuid.randomUuid().toString(), "-c", config.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("Could not format Kafka storage in " + logDir + ": "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void createTopics() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            List<NewTopic> topics = new ArrayList<>();
            TOPICS_LONG_RETENTION.forEach((name, keep) -> {
                NewTopic topic = new NewTopic(name, settings.partitions(), (short) 1);
                if (keep) {
                    topic.configs(Map.of("retention.ms", "-1"));
                }
                topics.add(topic);
            });
            for (var result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + result.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
