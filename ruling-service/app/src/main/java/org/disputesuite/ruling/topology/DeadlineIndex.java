package org.disputesuite.ruling.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.disputesuite.ruling.decider.DeadlineEntry;

/**
 * The open deadlines, and the reminders ahead of them, ordered by the time they fire. Keys start with
 * that time in epoch milliseconds, zero-padded, so the store's byte order is time order and
 * "everything due by now" is one range that never touches a future entry. A deadline's key is
 * {@code time|order|type|deadline} (as it was before reminders, so entries stored then are still found
 * and removed); its reminder's adds {@code |REMINDER}, so the two never collide.
 */
public final class DeadlineIndex {

    private static final String SEPARATOR = "|";

    /** The latest instant the index can tell apart; "before" it means "with no bound". */
    public static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE);

    private DeadlineIndex() {
    }

    static String key(DeadlineEntry entry) {
        String key = timeKey(entry.firesAt()) + SEPARATOR + entry.orderId() + SEPARATOR + entry.type() + SEPARATOR
                + entry.deadlineId();
        return entry.kind() == DeadlineEntry.Kind.REMINDER ? key + SEPARATOR + DeadlineEntry.Kind.REMINDER : key;
    }

    static void add(KeyValueStore<String, DeadlineEntry> store, DeadlineEntry entry) {
        store.put(key(entry), entry);
    }

    static void remove(KeyValueStore<String, DeadlineEntry> store, DeadlineEntry entry) {
        store.delete(key(entry));
    }

    /** The entries, deadlines and reminders, that fire at or before {@code now}, soonest first, at most {@code max}. */
    static List<DeadlineEntry> dueBy(ReadOnlyKeyValueStore<String, DeadlineEntry> store, Instant now, int max) {
        return firingBefore(store, now.plusMillis(1), max, entry -> true);
    }

    /**
     * The open deadlines due strictly before {@code instant}, in the store's order, at most {@code max} of
     * them: the operators' list, without the reminders.
     */
    public static List<DeadlineEntry> before(ReadOnlyKeyValueStore<String, DeadlineEntry> store, Instant instant,
            int max) {
        return firingBefore(store, instant, max, entry -> entry.kind() == DeadlineEntry.Kind.DEADLINE);
    }

    private static List<DeadlineEntry> firingBefore(ReadOnlyKeyValueStore<String, DeadlineEntry> store,
            Instant instant, int max, Predicate<DeadlineEntry> wanted) {
        List<DeadlineEntry> found = new ArrayList<>();
        try (KeyValueIterator<String, DeadlineEntry> entries = store.range(timeKey(Instant.EPOCH), timeKey(instant))) {
            while (entries.hasNext() && found.size() < max) {
                KeyValue<String, DeadlineEntry> next = entries.next();
                if (wanted.test(next.value)) {
                    found.add(next.value);
                }
            }
        }
        return found;
    }

    /** Orders entries from several stores (partitions) the way one index would. */
    public static int compare(DeadlineEntry a, DeadlineEntry b) {
        return key(a).compareTo(key(b));
    }

    private static String timeKey(Instant instant) {
        long millis;
        if (instant.isBefore(Instant.EPOCH)) {
            millis = 0;
        } else if (instant.isAfter(LATEST)) {
            millis = Long.MAX_VALUE;
        } else {
            millis = instant.toEpochMilli();
        }
        return String.format("%020d", millis);
    }
}
