package org.disputesuite.tracking.delay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.disputesuite.platform.testing.TestDatabase;
import org.disputesuite.tracking.shipment.SqlTime;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * How long the delay scan's query for due shipments takes with few and with many shipments
 * tracked, the same number due: docs/benchmarks.md, "Delay scan". A main, not a test: nothing
 * asserts on time. Each size gets a fresh PostgreSQL database (TestDatabase) with the tracker's
 * migrations, dropped at the end.
 */
public final class DelayScanBenchmark {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    private DelayScanBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "10,1000000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int due = Integer.getInteger("bench.due", 10);
        int scans = Integer.getInteger("bench.scans", 1000);
        int warmup = Integer.getInteger("bench.warmup", 300);
        int batch = Integer.getInteger("bench.batch", 500);
        if (sizes.stream().anyMatch(size -> size < due) || due > batch) {
            throw new IllegalArgumentException("every size must hold the due shipments, and one batch take them all");
        }

        List<Population> populations = new ArrayList<>();
        try {
            for (int size : sizes) {
                Population population = new Population(size, TestDatabase.create("delay_scan_bench"));
                populations.add(population);
                population.fill(due);
            }
            for (int i = 0; i < warmup; i++) {
                populations.forEach(population -> population.scan(due, batch));
            }
            // in turns, so that whatever else runs on the machine weighs on every size alike
            for (int i = 0; i < scans; i++) {
                populations.forEach(population -> population.timeScan(due, batch));
            }
            Population largest = populations.get(populations.size() - 1);
            System.out.println("query plan at " + largest.size + " shipments:");
            largest.jdbc.queryForList("explain analyze " + DelayStore.DUE, String.class, SqlTime.of(NOW), batch)
                    .forEach(line -> System.out.println("  " + line));
            report(populations, due, scans);
        } finally {
            populations.forEach(Population::drop);
        }
    }

    /** {@code size} shipments in transit, {@code due} of them due before NOW, the rest over the next 30 days. */
    private static void fill(JdbcTemplate jdbc, int size, int due) {
        long started = System.nanoTime();
        jdbc.update("insert into shipments (order_id, carrier, tracking_number, seller_id, buyer_id,"
                        + " destination_name, destination_line1, destination_city, destination_postal_code,"
                        + " destination_country_code, shipped_at, promised_delivery_by, amount_value, amount_currency,"
                        + " registered_at, status, last_event_at, delay_check_at)"
                        + " select 'ORD-' || i, 'generic', 'LP-' || i, 'seller-' || (i % 1000), 'buyer-' || i,"
                        + " 'Ana García', 'Calle Mayor 5', 'Madrid', '28013', 'ES', ?::timestamptz - interval '3 days',"
                        + " ?::timestamptz + interval '10 days', '23.90', 'EUR', ?::timestamptz - interval '3 days',"
                        + " 'IN_TRANSIT', ?::timestamptz - interval '1 day',"
                        + " case when i <= ? then ?::timestamptz - i * interval '1 minute'"
                        + " else ?::timestamptz + ((i::bigint * 7919) % 2592000 + 1) * interval '1 second' end"
                        + " from generate_series(1, ?) as i",
                SqlTime.of(NOW), SqlTime.of(NOW), SqlTime.of(NOW), SqlTime.of(NOW), due,
                SqlTime.of(NOW), SqlTime.of(NOW), size);
        jdbc.execute("vacuum analyze shipments");
        System.out.printf("filled %,d shipments (%,d due) in %.1f s%n", size, due,
                (System.nanoTime() - started) / 1e9);
    }

    private static void report(List<Population> populations, int due, int scans) {
        System.out.printf("%n%d scans of each size, in turns, %d due; time per scan (nearest rank):%n", scans, due);
        System.out.printf("%12s %12s %12s%n", "shipments", "median ms", "p90 ms");
        for (Population population : populations) {
            System.out.printf("%,12d %12.3f %12.3f%n", population.size, population.percentile(50) / 1e6,
                    population.percentile(90) / 1e6);
        }
        Population fewest = populations.get(0);
        Population most = populations.get(populations.size() - 1);
        System.out.printf("ratio %,d : %,d shipments: median %.2f, p90 %.2f%n", most.size, fewest.size,
                (double) most.percentile(50) / fewest.percentile(50),
                (double) most.percentile(90) / fewest.percentile(90));
    }

    /** One database with the migrations applied and {@code size} shipments, and the scans timed on it. */
    private static final class Population {

        private final int size;
        private final String url;
        private final SingleConnectionDataSource dataSource;
        private final JdbcTemplate jdbc;
        private final DelayStore store;
        private final List<Long> nanos = new ArrayList<>();

        private Population(int size, String url) {
            this.size = size;
            this.url = url;
            this.dataSource = new SingleConnectionDataSource(url, TestDatabase.USER, TestDatabase.PASSWORD, true);
            this.jdbc = new JdbcTemplate(dataSource);
            this.store = new DelayStore(jdbc);
        }

        void fill(int due) {
            Flyway.configure().dataSource(dataSource).load().migrate();
            DelayScanBenchmark.fill(jdbc, size, due);
        }

        void scan(int due, int batch) {
            int found = store.findDue(NOW, batch).size();
            if (found != due) {
                throw new IllegalStateException("the scan found " + found + " due shipments, not " + due);
            }
        }

        void timeScan(int due, int batch) {
            long started = System.nanoTime();
            scan(due, batch);
            nanos.add(System.nanoTime() - started);
        }

        long percentile(int percent) {
            List<Long> sorted = nanos.stream().sorted().toList();
            return sorted.get((int) Math.ceil(sorted.size() * percent / 100.0) - 1);
        }

        void drop() {
            dataSource.destroy();
            String name = url.substring(url.lastIndexOf('/') + 1);
            String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
            try (SingleConnectionDataSource server =
                         new SingleConnectionDataSource(admin, TestDatabase.USER, TestDatabase.PASSWORD, true)) {
                new JdbcTemplate(server).execute("drop database if exists " + name);
            }
        }
    }
}
