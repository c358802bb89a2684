package org.disputesuite.tracking.performance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The disputes carrier performance counts, one row each. Every write sets a value rather than
 * adding to one, so the same event applied twice leaves the row as once.
 */
@Repository
class DisputeOutcomeStore {

    private final JdbcTemplate jdbc;

    DisputeOutcomeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void opened(String disputeId, String orderId) {
        jdbc.update("insert into dispute_outcomes (dispute_id, order_id) values (?, ?) on conflict do nothing",
                disputeId, orderId);
    }

    /** {@code sellerResponsibleRulingId} is null when the ruling found someone else, or no one, responsible. */
    void rulingTookEffect(String disputeId, String orderId, String sellerResponsibleRulingId) {
        opened(disputeId, orderId);
        jdbc.update("update dispute_outcomes set seller_responsible_ruling_id = ? where dispute_id = ?",
                sellerResponsibleRulingId, disputeId);
    }

    void rulingSuperseded(String disputeId, String rulingId) {
        jdbc.update("update dispute_outcomes set seller_responsible_ruling_id = null"
                + " where dispute_id = ? and seller_responsible_ruling_id = ?", disputeId, rulingId);
    }
}
