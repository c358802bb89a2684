package org.disputesuite.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Freezes a published JSON shape: compares it with {@code src/test/resources/snapshots/<name>.json}.
 * A missing snapshot is written and the test fails, so a new shape is always reviewed and checked in.
 */
public final class JsonSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSnapshots() {
    }

    public static void assertMatches(String name, String actualJson) {
        Path file = Path.of("src/test/resources/snapshots", name + ".json");
        JsonNode actual = JSON.readTree(actualJson);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n");
                throw new AssertionError("No snapshot " + file + " yet: written now, review and check it in");
            }
            JsonNode expected = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(actual).as("JSON of %s against %s", name, file).isEqualTo(expected);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
