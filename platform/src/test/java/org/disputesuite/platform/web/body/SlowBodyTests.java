package org.disputesuite.platform.web.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.disputesuite.platform.web.ProblemAssertions.assertProblem;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.disputesuite.platform.testing.RawHttp;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.platform.web.testapp.WebTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bodies that come too slowly, too late or too large, with short limits: 1 s of grace, then
 * 100 bytes per second, 4 s in all.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"suite.jwt.secret=" + TestTokens.SECRET, "spring.kafka.bootstrap-servers=127.0.0.1:9",
                "suite.http.body-timeout=4s", "suite.http.body-grace=1s", "suite.http.min-body-rate=100B"})
class SlowBodyTests {

    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void answersABodyTrickledSlowerThanTheMinimumRate408AndClosesTheConnection() {
        for (String path : new String[] {"/api/echo", "/open/echo"}) {
            try (RawHttp trickler = RawHttp.open(port, head(path, TestTokens.bearer("buyer-1", "BUYER"), 200_000))) {
                await().atMost(GENEROUS).pollInterval(Duration.ofMillis(500))
                        .until(() -> trickler.answered() || !trickler.send(new byte[] {' '}));

                RawHttp.Answer answer = trickler.answer();
                assertProblem(answer, 408);
                assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
                await().atMost(GENEROUS).until(() -> !trickler.isOpen());
            }
        }
    }

    @Test
    void answersAnAnonymousTricklerAtOnceWith401AndThenDropsItsBody() {
        try (RawHttp trickler = RawHttp.open(port, head("/api/echo", null, 200_000))) {
            RawHttp.Answer answer = trickler.answer();

            assertProblem(answer, 401);
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
            await().atMost(GENEROUS).pollInterval(Duration.ofMillis(500))
                    .until(() -> !trickler.isOpen() || !trickler.send(new byte[] {' '}));
        }
    }

    @Test
    void answersARoleThatMayNeverCallTheEndpoint403BeforeItsBody() {
        try (RawHttp trickler = RawHttp.open(port, head("/api/operators/echo", TestTokens.bearer("buyer-1", "BUYER"),
                200_000))) {
            assertProblem(trickler.answer(), 403);
        }
    }

    @Test
    void answersADeclaredBodyOverOneMebibyte413ButOnlyToAnAuthenticatedCaller() {
        try (RawHttp anonymous = RawHttp.open(port, head("/api/echo", null, 2_000_000));
             RawHttp buyer = RawHttp.open(port, head("/api/echo", TestTokens.bearer("buyer-1", "BUYER"), 2_000_000))) {
            assertProblem(anonymous.answer(), 401);
            RawHttp.Answer tooLarge = buyer.answer();
            assertProblem(tooLarge, 413);
            assertThat(tooLarge.header("Connection")).isEqualToIgnoringCase("close");
        }
    }

    @Test
    void answersAChunkedBodyThatGrowsOverOneMebibyte413() throws Exception {
        byte[] body = new byte[1024 * 1024 + 10];
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/echo"))
                .header("Authorization", TestTokens.bearer("buyer-1", "BUYER"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void passesAWholeBodyToTheApplicationAfterAuthentication() throws Exception {
        byte[] body = new byte[1024 * 1024];
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/echo"))
                .header("Authorization", TestTokens.bearer("buyer-1", "BUYER"))
                .header("Content-Type", "application/octet-stream")
                .header("X-Note", "hello")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"caller\":\"buyer-1\",\"bytes\":1048576,\"note\":\"hello\"}");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static byte[] head(String path, String bearer, long contentLength) {
        return RawHttp.bytes("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + (bearer == null ? "" : "Authorization: " + bearer + "\r\n")
                + "Content-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n{");
    }
}
