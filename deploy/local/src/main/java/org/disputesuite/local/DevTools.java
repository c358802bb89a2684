package org.disputesuite.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.disputesuite.tracking.api.WebhookSignature;

/**
 * Helpers for calling a local suite by hand: a development token signed with the all-in-one's
 * secret, and the Standard Webhooks headers for a carrier's body.
 */
final class DevTools {

    private DevTools() {
    }

    /** {@code token <partyId> <ROLE>[,<ROLE>...] [validity, e.g. PT12H]}: prints an HS256 JWT. */
    static String token(LocalSettings settings, Clock clock, String[] args) {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: token <partyId> <ROLE[,ROLE]> [validity ISO-8601, default PT12H]");
        }
        Duration validity = args.length > 3 ? Duration.parse(args[3]) : Duration.ofHours(12);
        String roles = Arrays.stream(args[2].split(","))
                .map(role -> "\"" + role.trim() + "\"")
                .collect(Collectors.joining(","));
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        String payload = "{\"sub\":\"" + args[1] + "\",\"roles\":[" + roles + "],\"exp\":"
                + clock.instant().plus(validity).getEpochSecond() + "}";
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + base64.encodeToString(hmacSha256(settings.jwtSecret(), signingInput));
    }

    /** {@code sign-webhook <body file> [webhook id]}: prints the three headers, as curl -H arguments. */
    static String signWebhook(LocalSettings settings, Clock clock, String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: sign-webhook <body file> [webhook id]");
        }
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        String id = args.length > 2 ? args[2] : "msg_" + Long.toHexString(System.nanoTime());
        long timestamp = clock.instant().getEpochSecond();
        String secret = settings.genericCarrierSecret().split(",")[0].trim();
        Map<String, String> headers = Map.of(
                WebhookSignature.ID_HEADER, id,
                WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp),
                WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, id, timestamp, body));
        return headers.entrySet().stream()
                .map(header -> "-H '" + header.getKey() + ": " + header.getValue() + "'")
                .sorted()
                .collect(Collectors.joining(" "));
    }

    private static byte[] hmacSha256(String secret, String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
