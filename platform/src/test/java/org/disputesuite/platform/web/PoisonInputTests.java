package org.disputesuite.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputesuite.platform.web.ProblemAssertions.assertProblem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.disputesuite.platform.testing.RawHttp;
import org.disputesuite.platform.testing.TestTokens;
import org.disputesuite.platform.web.testapp.WebTestApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Inputs crafted to break the plumbing get a 4xx problem detail, whichever layer refuses them. */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"suite.jwt.secret=" + TestTokens.SECRET, "spring.kafka.bootstrap-servers=127.0.0.1:9"})
class PoisonInputTests {

    @LocalServerPort
    private int port;

    @Test
    void answersAHeaderValueWithNonAsciiBytes400() {
        for (byte[] value : List.of("msg-€".getBytes(StandardCharsets.UTF_8), new byte[] {'m', (byte) 0x85, 'x'})) {
            RawHttp.Answer answer = RawHttp.exchange(port, request("POST /api/echo",
                    "Authorization: " + TestTokens.bearer("buyer-1", "BUYER"), "X-Note", value, "{}"));

            assertProblem(answer, 400);
        }
    }

    @Test
    void answersATokenWhoseRolesAreNotNames401WithTheBearerChallenge() {
        for (Object roles : List.of(Arrays.asList(1, null, Map.of()), 7, Map.of("role", "BUYER"))) {
            RawHttp.Answer answer = get("/api/whoami", TestTokens.withRolesClaim("buyer-1", roles));

            assertProblem(answer, 401);
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void readsRolesGivenAsAListOrAsOneSpaceSeparatedString() {
        RawHttp.Answer list = get("/api/whoami", TestTokens.withRolesClaim("ops-1", List.of("OPERATOR")));
        RawHttp.Answer text = get("/api/whoami", TestTokens.withRolesClaim("seller-3", "SELLER BUYER"));

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("\"OPERATOR\"");
        assertThat(text.status()).as(text.body()).isEqualTo(200);
        assertThat(text.body()).contains("[\"BUYER\",\"SELLER\"]");
    }

    @Test
    void answersHeadersLargerThanTheServerTakes400() {
        RawHttp.Answer answer = RawHttp.exchange(port, request("POST /api/echo",
                "Authorization: " + TestTokens.bearer("buyer-1", "BUYER"), "X-Note",
                "n".repeat(20_000).getBytes(StandardCharsets.US_ASCII), "{}"));

        assertProblem(answer, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/shipments/..;/x", "/api/v1/shipments/%2e%2e/x", "/api/v1/%2E%2E/echo",
            "/api/v1/shipments/%00", "/api/v1/shipments%2Fx", "/api/v1/shipments%5Cx", "/api/%zz",
            "/api/v1/shipments/a%25252Fb", "/api//echo", "/api/./echo"})
    void answersPathTraversalAndEncodingTricks400(String path) {
        RawHttp.Answer answer = RawHttp.exchange(port, request("GET " + path,
                "Authorization: " + TestTokens.bearer("buyer-1", "BUYER"), null, null, null));

        assertProblem(answer, 400);
    }

    @Test
    void answersFramingTomcatRefusesItselfWithAProblemDetail() {
        record Case(String request, int status) {
        }
        List<Case> cases = List.of(
                new Case("POST /open/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
                new Case("GET /open/echo HTTP/1.1\r\n\r\n", 400),
                new Case("POST /open/echo HTTP/1.1\r\nHost: x\r\nExpect: weird\r\nContent-Length: 2\r\n\r\n{}", 417),
                new Case("POST /open/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400),
                new Case("GET /open/echo HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
                new Case("GET /x" + "y".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 400));

        for (Case refused : cases) {
            assertProblem(RawHttp.exchange(port, RawHttp.bytes(refused.request())), refused.status());
        }
    }

    private RawHttp.Answer get(String path, String token) {
        return RawHttp.exchange(port, request("GET " + path, "Authorization: Bearer " + token, null, null, null));
    }

    static byte[] request(String requestLine, String header, String extraName, byte[] extraValue, String body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(RawHttp.bytes(requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + header + "\r\n"));
        if (extraName != null) {
            bytes.writeBytes(RawHttp.bytes(extraName + ": "));
            bytes.writeBytes(extraValue);
            bytes.writeBytes(RawHttp.bytes("\r\n"));
        }
        if (body != null) {
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(RawHttp.bytes("Content-Type: application/json\r\nContent-Length: " + content.length
                    + "\r\n\r\n"));
            bytes.writeBytes(content);
        } else {
            bytes.writeBytes(RawHttp.bytes("\r\n"));
        }
        return bytes.toByteArray();
    }
}
