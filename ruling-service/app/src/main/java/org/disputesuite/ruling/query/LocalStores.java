package org.disputesuite.ruling.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.ruling.config.KafkaStreamsRunner;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The topology's stores on this instance (all its partitions), read-only. */
@Component
class LocalStores {

    private final KafkaStreamsRunner runner;

    LocalStores(KafkaStreamsRunner runner) {
        this.runner = runner;
    }

    /** One view over the store of every partition this instance runs. */
    <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name) {
        KafkaStreams streams = running();
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw unavailable();
        }
    }

    /** The store of each partition this instance runs, one by one, each in its own key order. */
    <V> List<ReadOnlyKeyValueStore<String, V>> partitionStores(String name) {
        KafkaStreams streams = running();
        Set<Integer> partitions = new TreeSet<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            for (TaskMetadata task : thread.activeTasks()) {
                partitions.add(task.taskId().partition());
            }
        }
        List<ReadOnlyKeyValueStore<String, V>> stores = new ArrayList<>();
        try {
            for (int partition : partitions) {
                stores.add(streams.store(StoreQueryParameters
                        .<ReadOnlyKeyValueStore<String, V>>fromNameAndType(name, QueryableStoreTypes.keyValueStore())
                        .withPartition(partition)));
            }
        } catch (InvalidStateStoreException e) {
            throw unavailable();
        }
        return stores;
    }

    private KafkaStreams running() {
        KafkaStreams streams = runner.streams();
        if (streams == null || streams.state() != KafkaStreams.State.RUNNING) {
            throw unavailable();
        }
        return streams;
    }

    private static ApiProblem unavailable() {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                "The ruling state is being restored; try again in a moment");
    }
}
