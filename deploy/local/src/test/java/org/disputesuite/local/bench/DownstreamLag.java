package org.disputesuite.local.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.disputesuite.tracking.api.TrackingTopics;

/**
 * The other services consume every tracking event the webhooks produced. The baseline waits until
 * their consumer groups caught up, so it does not run beside that work while the tracker did.
 */
final class DownstreamLag {

    private DownstreamLag() {
    }

    /** Waits until no group lags on the tracking topic, or the limit passes; returns the lag left. */
    static long awaitCaughtUp(String bootstrapServers, Duration limit) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            try {
                Awaitility.await().atMost(limit).pollInterval(Duration.ofMillis(500)).until(() -> lag(admin) == 0);
                return 0;
            } catch (ConditionTimeoutException e) {
                return lag(admin);
            }
        }
    }

    private static long lag(Admin admin) throws Exception {
        Collection<GroupListing> groups = admin.listGroups().all().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (GroupListing group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> tracking = new HashMap<>();
            committed.forEach((partition, offset) -> {
                if (partition.topic().equals(TrackingTopics.TRACKING) && offset != null) {
                    tracking.put(partition, OffsetSpec.latest());
                }
            });
            if (tracking.isEmpty()) {
                continue;
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(tracking).all().get(10, TimeUnit.SECONDS);
            for (TopicPartition partition : tracking.keySet()) {
                lag += Math.max(0, ends.get(partition).offset() - committed.get(partition).offset());
            }
        }
        return lag;
    }
}
