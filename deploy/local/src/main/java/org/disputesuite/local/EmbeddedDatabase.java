package org.disputesuite.local;

/** How the all-in-one's services open their H2 files. */
final class EmbeddedDatabase {

    /**
     * PostgreSQL mode, so one set of migrations serves both databases. {@code WRITE_DELAY=0}
     * writes each commit to the file before the commit returns (H2 otherwise writes committed
     * changes up to half a second later, which a killed process loses); {@code
     * DB_CLOSE_ON_EXIT=FALSE} leaves closing the database to the service's own shutdown, after
     * its consumers and event processors have stopped, instead of H2's JVM shutdown hook.
     */
    static final String URL_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";LOCK_TIMEOUT=15000;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    private EmbeddedDatabase() {
    }
}
