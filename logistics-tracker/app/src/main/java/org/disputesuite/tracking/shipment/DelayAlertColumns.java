package org.disputesuite.tracking.shipment;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.disputesuite.tracking.api.DelayReason;
import org.disputesuite.tracking.delay.model.DelayAlerts;

/**
 * A shipment's delay alerts in its row of {@code shipments} (V4__shipment_delay_alerts.sql), read and
 * written the same way by every write of the shipment and by the delay scan.
 */
public final class DelayAlertColumns {

    /** The columns, in the order of {@link #values}'s first four. */
    public static final String NAMES = "delay_alert, delay_late_raised, delay_stalled_since, delay_check_at";
    public static final String ASSIGNMENTS =
            "delay_alert = ?, delay_late_raised = ?, delay_stalled_since = ?, delay_check_at = ?";

    private DelayAlertColumns() {
    }

    /** The statement's parameters: the alerts' columns, then {@code others}. */
    public static Object[] values(DelayAlerts alerts, Object... others) {
        Object[] values = new Object[4 + others.length];
        values[0] = alerts.standing() == null ? null : alerts.standing().name();
        values[1] = alerts.lateRaised();
        values[2] = SqlTime.of(alerts.stalledSince());
        values[3] = SqlTime.of(alerts.nextCheckAt());
        System.arraycopy(others, 0, values, 4, others.length);
        return values;
    }

    public static DelayAlerts read(ResultSet row) throws SQLException {
        String standing = row.getString("delay_alert");
        return new DelayAlerts(standing == null ? null : DelayReason.valueOf(standing),
                row.getBoolean("delay_late_raised"), SqlTime.read(row, "delay_stalled_since"),
                SqlTime.read(row, "delay_check_at"));
    }
}
