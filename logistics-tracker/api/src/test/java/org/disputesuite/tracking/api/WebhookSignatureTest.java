package org.disputesuite.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec-example-carrier-secret";
    private static final String ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
    private static final long TIMESTAMP = 1700000000L;
    private static final byte[] BODY =
            "{\"trackingNumber\":\"LP00012345678CN\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final String EXPECTED = "v1,wdtkJIhdZYZ/DCpyArNpTLEDJPrypHB64x0ollZY+4M=";

    @Test
    void signsTheContractTestVector() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(EXPECTED);
    }

    @Test
    void verifiesTheContractTestVector() {
        assertThat(WebhookSignature.verify(List.of(SECRET), ID, TIMESTAMP, BODY, EXPECTED)).isTrue();
    }

    @Test
    void acceptsWhenAnyOfSeveralSignaturesIsValid() {
        String header = "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= v1a,whatever " + EXPECTED;

        assertThat(WebhookSignature.verify(List.of(SECRET), ID, TIMESTAMP, BODY, header)).isTrue();
    }

    @Test
    void acceptsASignatureMadeWithAnyOfTheRotatedSecrets() {
        String signedWithNewSecret = WebhookSignature.sign("the-new-secret", ID, TIMESTAMP, BODY);

        assertThat(WebhookSignature.verify(List.of(SECRET, "the-new-secret"), ID, TIMESTAMP, BODY, signedWithNewSecret))
                .isTrue();
        assertThat(WebhookSignature.verify(List.of(SECRET, "the-new-secret"), ID, TIMESTAMP, BODY, EXPECTED))
                .isTrue();
    }

    @Test
    void refusesASignatureOfARetiredSecret() {
        assertThat(WebhookSignature.verify(List.of("the-new-secret"), ID, TIMESTAMP, BODY, EXPECTED)).isFalse();
    }

    @Test
    void refusesWhenBodyIdOrTimestampChanged() {
        byte[] otherBody = "{\"trackingNumber\":\"LP00012345678CN\",\"events\":[] }".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.verify(List.of(SECRET), ID, TIMESTAMP, otherBody, EXPECTED)).isFalse();
        assertThat(WebhookSignature.verify(List.of(SECRET), ID + "x", TIMESTAMP, BODY, EXPECTED)).isFalse();
        assertThat(WebhookSignature.verify(List.of(SECRET), ID, TIMESTAMP + 1, BODY, EXPECTED)).isFalse();
    }

    @Test
    void refusesMissingOrMalformedHeaders() {
        assertThat(WebhookSignature.verify(List.of(SECRET), ID, TIMESTAMP, BODY, null)).isFalse();
        assertThat(WebhookSignature.verify(List.of(SECRET), ID, TIMESTAMP, BODY, "  ")).isFalse();
        assertThat(WebhookSignature.verify(List.of(SECRET), ID, TIMESTAMP, BODY, "v1,not base64!")).isFalse();
        assertThat(WebhookSignature.verify(List.of(SECRET), ID, TIMESTAMP, BODY, EXPECTED.substring(3))).isFalse();
        assertThat(WebhookSignature.verify(List.of(), ID, TIMESTAMP, BODY, EXPECTED)).isFalse();
    }
}
