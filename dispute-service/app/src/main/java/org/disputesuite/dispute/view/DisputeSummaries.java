package org.disputesuite.dispute.view;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.disputesuite.dispute.api.DisputeCase;
import org.disputesuite.dispute.api.DisputeReason;
import org.disputesuite.dispute.api.DisputeStatus;
import org.disputesuite.dispute.api.RequestedSolution;
import org.disputesuite.dispute.domain.DisputeOpened;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The list read model. Every change names the version it comes from and applies only over an
 * older one, so a replayed event changes nothing.
 */
@Repository
class DisputeSummaries {

    private final JdbcTemplate jdbc;

    DisputeSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void opened(DisputeOpened event, long version) {
        jdbc.update("""
                insert into dispute_summaries (dispute_id, order_id, buyer_id, seller_id, status, dispute_case, reason,
                  requested_solution, opened_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                event.disputeId(), event.orderId(), event.buyerId(), event.sellerId(), event.status().name(),
                event.disputeCase() == null ? null : event.disputeCase().name(), event.reason().name(),
                event.requestedSolution().name(), utc(event.occurredAt()), utc(event.occurredAt()), version);
    }

    /** Empties the list before a replay rebuilds it. */
    void deleteAll() {
        jdbc.update("delete from dispute_summaries");
    }

    void caseChanged(String disputeId, DisputeCase disputeCase, DisputeStatus status, Instant at, long version) {
        jdbc.update("""
                update dispute_summaries set dispute_case = ?, status = ?, updated_at = ?, version = ?
                where dispute_id = ? and version < ?""",
                disputeCase.name(), status.name(), utc(at), version, disputeId, version);
    }

    void statusChanged(String disputeId, DisputeStatus status, Instant at, long version) {
        jdbc.update("""
                update dispute_summaries set status = ?, updated_at = ?, version = ?
                where dispute_id = ? and version < ?""",
                status.name(), utc(at), version, disputeId, version);
    }

    /** Newest first; {@code partyId} null lists everyone's. */
    List<DisputeSummary> find(String partyId, String orderId, DisputeStatus status, int limit, int offset) {
        StringBuilder sql = new StringBuilder("select * from dispute_summaries where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (partyId != null) {
            sql.append(" and (buyer_id = ? or seller_id = ?)");
            arguments.add(partyId);
            arguments.add(partyId);
        }
        if (orderId != null) {
            sql.append(" and order_id = ?");
            arguments.add(orderId);
        }
        if (status != null) {
            sql.append(" and status = ?");
            arguments.add(status.name());
        }
        sql.append(" order by opened_at desc, dispute_id desc limit ? offset ?");
        arguments.add(limit);
        arguments.add(offset);
        return jdbc.query(sql.toString(), this::map, arguments.toArray());
    }

    private DisputeSummary map(ResultSet row, int index) throws SQLException {
        String disputeCase = row.getString("dispute_case");
        return new DisputeSummary(row.getString("dispute_id"), row.getString("order_id"), row.getString("buyer_id"),
                row.getString("seller_id"), DisputeStatus.valueOf(row.getString("status")),
                disputeCase == null ? null : DisputeCase.valueOf(disputeCase),
                DisputeReason.valueOf(row.getString("reason")),
                RequestedSolution.valueOf(row.getString("requested_solution")),
                row.getObject("opened_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
