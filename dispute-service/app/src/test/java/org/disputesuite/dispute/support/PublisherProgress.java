package org.disputesuite.dispute.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far the disputes-publisher got. It stores its token in the transaction of the batch it
 * published, after Kafka acknowledged the batch: once the stored token of the segment that handles
 * a dispute covers the dispute's latest event, all its events are on the topic and none will be
 * published again.
 */
public final class PublisherProgress {

    private static final String PUBLISHER = "disputes-publisher";

    private PublisherProgress() {
    }

    public static void awaitPublished(ApplicationContext context, String disputeId) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Serializer serializer = context.getBean("serializer", Serializer.class);
        Long latest = jdbc.queryForObject("select max(globalindex) from domainevententry where aggregateidentifier = ?",
                Long.class, disputeId);
        if (latest == null) {
            throw new AssertionError("Dispute " + disputeId + " has no stored event");
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> isPast(storedToken(jdbc, serializer, disputeId), latest));
    }

    /** Past an event's index, and that index is not a gap (an event not yet committed when the batch was read). */
    private static boolean isPast(TrackingToken token, long index) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= index && !gapAware.getGaps().contains(index);
        }
        return token != null && token.position().orElse(-1) >= index;
    }

    private static TrackingToken storedToken(JdbcTemplate jdbc, Serializer serializer, String disputeId) {
        List<StoredToken> tokens = jdbc.query("select segment, token, tokentype from tokenentry where processorname = ?",
                (row, index) -> new StoredToken(row.getInt("segment"), row.getBytes("token"),
                        row.getString("tokentype")), PUBLISHER);
        int[] segmentIds = tokens.stream().mapToInt(StoredToken::segment).toArray();
        // The publisher's events are sequenced per aggregate, as its processor assigns them to segments.
        int sequence = Objects.hashCode(disputeId);
        StoredToken handling = tokens.stream()
                .filter(token -> Segment.computeSegment(token.segment(), segmentIds).matches(sequence))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No segment of " + PUBLISHER + " handles " + disputeId));
        if (handling.token() == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(handling.token(), byte[].class,
                handling.type(), null));
    }

    private record StoredToken(int segment, byte[] token, String type) {
    }
}
