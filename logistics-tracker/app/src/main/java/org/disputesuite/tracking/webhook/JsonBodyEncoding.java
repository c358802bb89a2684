package org.disputesuite.tracking.webhook;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Carrier bodies are JSON, and JSON exchanged between systems is UTF-8 (RFC 8259, section 8.1).
 * A {@code Content-Type} declaring another charset is refused with 415 rather than read as UTF-8,
 * which would garble the carrier's texts; bytes that are not UTF-8 are refused with 400. A UTF-8
 * byte order mark is dropped: RFC 8259 lets a parser ignore it, and refusing it would lose a
 * carrier's events over an invisible character. The signature is checked before, over the raw bytes.
 */
final class JsonBodyEncoding {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private JsonBodyEncoding() {
    }

    /** Refuses a webhook whose declared charset or bytes are not UTF-8. */
    static void requireUtf8(WebhookDelivery delivery) {
        requireUtf8Declared(delivery.header(HttpHeaders.CONTENT_TYPE));
        text(delivery.body());
    }

    /**
     * The body as text, its byte order mark dropped. The bytes are decoded as UTF-8 whatever they
     * look like, so a UTF-16 or UTF-32 body, which JSON parsers may detect on their own, is refused.
     */
    static String text(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        // a UTF-8 sequence of n bytes never decodes to more than n chars
        CharBuffer text = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(bytes, text, true);
        if (result.isError()) {
            throw WebhookRefusal.notUtf8("a malformed byte sequence at byte " + bytes.position());
        }
        decoder.flush(text);
        text.flip();
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                // JSON never holds a raw NUL, while UTF-16 and UTF-32 put one in every ASCII character
                throw WebhookRefusal.notUtf8("a NUL byte at byte " + i + ", as UTF-16 or UTF-32 text has");
            }
        }
        if (text.length() > 0 && text.charAt(0) == BYTE_ORDER_MARK) {
            text.position(1);
        }
        return text.toString();
    }

    /** No charset declared means UTF-8; an unreadable {@code Content-Type} cannot tell which charset it means. */
    private static void requireUtf8Declared(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        Charset charset;
        try {
            charset = MediaType.parseMediaType(contentType).getCharset();
        } catch (InvalidMediaTypeException e) {
            throw WebhookRefusal.unsupportedCharset("The Content-Type header cannot be read (" + e.getMessage()
                    + "); send application/json, whose charset is UTF-8");
        }
        if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
            throw WebhookRefusal.unsupportedCharset("The Content-Type declares charset " + charset.name()
                    + "; JSON bodies are read as UTF-8 only (RFC 8259): send the body in UTF-8,"
                    + " as application/json or application/json; charset=utf-8");
        }
    }
}
