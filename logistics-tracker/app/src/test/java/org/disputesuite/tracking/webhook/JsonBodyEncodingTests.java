package org.disputesuite.tracking.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.disputesuite.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class JsonBodyEncodingTests {

    private static final byte[] BODY = "{\"trackingNumber\": \"LP1\", \"events\": []}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
            "application/json; charset=\"utf-8\"", "application/json; charset=utf8", "text/plain"})
    void acceptsABodyDeclaredAsUtf8OrWithoutACharset(String contentType) {
        assertThatCode(() -> JsonBodyEncoding.requireUtf8(delivery(contentType, BODY))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=ISO-8859-1", "application/json; charset=windows-1252",
            "application/json; charset=UTF-16", "application/json; charset=us-ascii",
            "application/json; charset=no-such-charset", "application/json; charset=", "not a media type"})
    void refusesAnotherOrAnUnreadableCharsetWith415(String contentType) {
        WebhookRefusal refusal = catchThrowableOfType(WebhookRefusal.class,
                () -> JsonBodyEncoding.requireUtf8(delivery(contentType, BODY)));

        assertThat(refusal).isNotNull();
        assertThat(refusal.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refusal.outcome()).isEqualTo(WebhookOutcome.UNSUPPORTED_CHARSET);
        assertThat(refusal.getMessage()).contains("UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7b2243c3b3726462f3626122 | a malformed byte sequence at byte 8",      // ISO-8859-1 ó after UTF-8 ó
            "7b80 | a malformed byte sequence at byte 1",                          // a lone continuation byte
            "7bc0af7d | a malformed byte sequence at byte 1",                      // an overlong '/'
            "7beda0807d | a malformed byte sequence at byte 1",                    // an encoded surrogate
            "7b22e282 | a malformed byte sequence at byte 2",                      // cut short at the end
            "fffe7b00 | a malformed byte sequence at byte 0",                      // UTF-16 with its byte order mark
            "7b0022007d00 | a NUL byte at byte 1, as UTF-16 or UTF-32 text has"})  // UTF-16 without one
    void refusesBytesThatAreNotUtf8With400NamingTheBodyAndWhere(String hex, String reason) {
        WebhookRefusal refusal = catchThrowableOfType(WebhookRefusal.class,
                () -> JsonBodyEncoding.text(HexFormat.of().parseHex(hex)));

        assertThat(refusal).isNotNull();
        assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refusal.outcome()).isEqualTo(WebhookOutcome.NOT_UTF8);
        assertThat(refusal.getMessage()).startsWith("The body is not valid UTF-8 (" + reason + ")");
        assertThat(refusal.toProblemDetail().getProperties().get("errors"))
                .isEqualTo(List.of(new FieldProblem("body", "is not valid UTF-8: " + reason)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE"})
    void refusesJsonInTheOtherUnicodeEncodings(String encoding) {
        byte[] body = new String(BODY, StandardCharsets.UTF_8).getBytes(Charset.forName(encoding));

        assertThat(catchThrowableOfType(WebhookRefusal.class, () -> JsonBodyEncoding.text(body)))
                .extracting(WebhookRefusal::outcome).isEqualTo(WebhookOutcome.NOT_UTF8);
    }

    @Test
    void dropsALeadingByteOrderMarkOnlyAndKeepsEveryOtherCharacter() {
        byte[] withMark = HexFormat.of().parseHex("efbbbf" + HexFormat.of().formatHex(
                "{\"name\": \"C\u00f3rdoba \ufeff\u6df1\u5733 \ud83d\udce6\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(JsonBodyEncoding.text(withMark)).isEqualTo("{\"name\": \"C\u00f3rdoba \ufeff\u6df1\u5733 \ud83d\udce6\"}");
        assertThat(JsonBodyEncoding.text(new byte[0])).isEmpty();
    }

    private static WebhookDelivery delivery(String contentType, byte[] body) {
        Map<String, String> headers = new HashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new WebhookDelivery("generic", headers, body);
    }
}
