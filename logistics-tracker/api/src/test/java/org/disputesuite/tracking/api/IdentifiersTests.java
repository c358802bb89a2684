package org.disputesuite.tracking.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.util.UriUtils;

class IdentifiersTests {

    private static final String SHIPMENTS = "/api/v1/shipments/";

    private final StrictHttpFirewall firewall = new StrictHttpFirewall();

    @Test
    void acceptsIdsOfLettersMarksDigitsAndTheSafePunctuation() {
        List<String> ids = List.of("ORD-1001", "seller-3", "LP00012345678CN", "a_b.c:d~e-f", "ORD.", "7",
                "Pedido-Nº-Ｚ", "заказ-42", "订单-二六", "طلب-٣", "आदेश-३", "주문-1", "Garcia\u0301", "\ud835\udc00-1",
                "x".repeat(Identifiers.MAX_LENGTH));

        assertThat(ids).allSatisfy(id -> assertThat(Identifiers.isValid(id)).as(id).isTrue());
    }

    @Test
    void refusesIdsThatAUrlCouldNotCarryBack() {
        List<String> ids = List.of("", " ", "ORD 1", "ORD%41", "ORD;1", "ORD\\1", "ORD/1", "ORD\u00001", "ORD?1",
                "ORD#1", "ORD+1", "ORD&1", "ORD=1", "ORD'1", "ORD\"1", "ORD<1>", "ORD\t1", "ORD\u20281", "ORD\u00ad1",
                "ORD\u200b1", "ORD\ud83d\udce61", "-ORD", ".ORD", "..", "~", "\u0301ORD", "ORD\ud800",
                "x".repeat(Identifiers.MAX_LENGTH + 1), "\ud835\udc00".repeat(51));

        assertThat(ids).allSatisfy(id -> assertThat(Identifiers.isValid(id)).as(id).isFalse());
        assertThat(Identifiers.isValid(null)).isFalse();
    }

    /** Every code point the rule allows, inside an id, read back as a path segment and as a query parameter. */
    @Test
    void everyAllowedCharacterPassesTheStrictFirewallInAPathAndAQuery() {
        List<String> rejected = new ArrayList<>();
        int allowed = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String id = "A" + Character.toString(codePoint) + "1";
            if (!Identifiers.isValid(id)) {
                continue;
            }
            allowed++;
            if (!passesAsPathSegment(id) || !passesAsQueryParameter(id)) {
                rejected.add(Integer.toHexString(codePoint));
            }
        }

        assertThat(allowed).isGreaterThan(100_000);
        assertThat(rejected).isEmpty();
        assertThat(List.of("ORD.", "ORD~", "ORD:", "ORD-", "ORD_", "A..", "A.-~:_"))
                .allSatisfy(id -> assertThat(passesAsPathSegment(id) && passesAsQueryParameter(id)).as(id).isTrue());
    }

    @Test
    void theRefusedCharactersAreTheOnesTheFirewallRejects() {
        assertThat(List.of("ORD%41", "ORD;1", "ORD\\1", "ORD/1", "ORD\u00001", "ORD\u20281"))
                .allSatisfy(id -> assertThat(passesAsPathSegment(id)).as(id).isFalse());
    }

    private boolean passesAsPathSegment(String id) {
        String decodedPath = SHIPMENTS + id;
        MockHttpServletRequest request = new MockHttpServletRequest("GET",
                SHIPMENTS + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8));
        request.setServletPath(decodedPath);
        return passes(request, null);
    }

    private boolean passesAsQueryParameter(String id) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/disputes");
        request.setServletPath("/api/v1/disputes");
        request.setQueryString("orderId=" + UriUtils.encodeQueryParam(id, StandardCharsets.UTF_8));
        request.addParameter("orderId", id);
        return passes(request, id);
    }

    private boolean passes(MockHttpServletRequest request, String expectedParameter) {
        try {
            FirewalledRequest checked = firewall.getFirewalledRequest(request);
            return expectedParameter == null || expectedParameter.equals(checked.getParameter("orderId"))
                    && checked.getParameterMap().get("orderId")[0].equals(expectedParameter);
        } catch (RequestRejectedException e) {
            return false;
        }
    }
}
