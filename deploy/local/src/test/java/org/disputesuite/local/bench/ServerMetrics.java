package org.disputesuite.local.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The tracker's Prometheus page, read before and after the measured phase, to tell where a
 * webhook's time goes inside the service (HTTP handling, DB connection held, Kafka send until ack).
 */
final class ServerMetrics {

    static final String WEBHOOK_URI = "uri=\"/webhooks/carriers/{carrier}\"";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, Double> samples;

    private ServerMetrics(Map<String, Double> samples) {
        this.samples = samples;
    }

    static ServerMetrics scrape(String prometheusUrl) {
        Map<String, Double> samples = new HashMap<>();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(prometheusUrl)).timeout(Duration.ofSeconds(20))
                    .GET().build();
            String page = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            for (String line : page.split("\n")) {
                int space = line.lastIndexOf(' ');
                if (line.startsWith("#") || space < 0) {
                    continue;
                }
                try {
                    samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
                } catch (NumberFormatException ignored) {
                    // not a sample line
                }
            }
        } catch (IOException e) {
            System.err.println("bench: could not read " + prometheusUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ServerMetrics(samples);
    }

    /** The sum of every series of the metric whose labels contain the text (empty: all series). */
    double sum(String metric, String labelText) {
        return samples.entrySet().stream()
                .filter(sample -> sample.getKey().equals(metric) || sample.getKey().startsWith(metric + "{"))
                .filter(sample -> sample.getKey().contains(labelText))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /** How much the metric grew since the earlier scrape. */
    double since(ServerMetrics earlier, String metric, String labelText) {
        return sum(metric, labelText) - earlier.sum(metric, labelText);
    }

    boolean has(String metric) {
        return samples.keySet().stream().anyMatch(key -> key.equals(metric) || key.startsWith(metric + "{"));
    }
}
