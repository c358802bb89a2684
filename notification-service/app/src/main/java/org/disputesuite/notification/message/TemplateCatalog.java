package org.disputesuite.notification.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The texts of one locale each: message templates ({@code DISPUTE_OPENED.subject}) and phrases
 * ({@code outcome.REFUND_BUYER}). On the classpath they are {@code <folder>/<tag>.properties} in
 * UTF-8, so a new language is one new file.
 */
public final class TemplateCatalog {

    private final Function<String, Optional<Map<String, String>>> loader;
    private final Map<String, Optional<Map<String, String>>> byTag = new ConcurrentHashMap<>();

    private TemplateCatalog(Function<String, Optional<Map<String, String>>> loader) {
        this.loader = loader;
    }

    public static TemplateCatalog fromClasspath(ClassLoader classLoader, String folder) {
        return new TemplateCatalog(tag -> read(classLoader, folder + "/" + tag + ".properties"));
    }

    public static TemplateCatalog of(Map<String, Map<String, String>> textsByTag) {
        Map<String, Map<String, String>> copy = Map.copyOf(textsByTag);
        return new TemplateCatalog(tag -> Optional.ofNullable(copy.get(tag)).map(Map::copyOf));
    }

    public Optional<String> text(String tag, String key) {
        return byTag.computeIfAbsent(tag, loader).map(texts -> texts.get(key));
    }

    private static Optional<Map<String, String>> read(ClassLoader classLoader, String resource) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(name -> texts.put(name, properties.getProperty(name)));
            return Optional.of(Map.copyOf(texts));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
