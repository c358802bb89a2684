package org.disputesuite.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.disputesuite.dispute.api.Outcome;
import org.disputesuite.dispute.api.ResolvedBy;
import org.disputesuite.dispute.api.ResponsibleParty;
import org.disputesuite.tracking.api.Money;
import org.junit.jupiter.api.Test;

class MessageRendererTest {

    private static final Instant DUE = Instant.parse("2026-11-25T10:00:00Z");

    private final MessageRenderer shipped =
            new MessageRenderer(TemplateCatalog.fromClasspath(getClass().getClassLoader(), "messages"));

    @Test
    void tellsTheSellerOfANewDisputeAndTheTimeToAnswerByInUtcByDefault() {
        RenderedMessage message = shipped.render(disputeOpened(), null, ZoneOffset.UTC);

        assertThat(message.locale()).isEqualTo("en");
        assertThat(message.subject()).isEqualTo("A dispute was opened on order ORD-1001");
        assertThat(message.body())
                .contains("dispute DSP-7", "order ORD-1001", "November 25, 2026", "10:00", "UTC")
                .doesNotContain("{");
    }

    @Test
    void showsTheDueTimeInTheRecipientsTimeZone() {
        RenderedMessage message = shipped.render(disputeOpened(), Locale.ENGLISH, ZoneId.of("Europe/Madrid"));

        assertThat(message.body()).contains("November 25, 2026", "11:00", "CET").doesNotContain("10:00");
    }

    @Test
    void saysOutcomeResponsibilityAndHowItWasResolvedInPlainWords() {
        RenderedMessage message = shipped.render(disputeResolved(Outcome.REFUND_BUYER, null), Locale.ENGLISH,
                ZoneOffset.UTC);

        assertThat(message.subject()).isEqualTo("The dispute on order ORD-1001 is resolved");
        assertThat(message.body()).isEqualTo("Dispute DSP-7 on order ORD-1001 was resolved by a platform ruling."
                + " Outcome: the buyer gets a full refund. The seller was found responsible.");
    }

    @Test
    void namesThePartialAmountInTheRecipientsConventions() {
        Notice notice = disputeResolved(Outcome.REFUND_BUYER, new Money("12.50", "USD"));
        RenderedMessage message = shipped.render(withOutcome(notice, new Phrase("outcome", "PARTIAL_REFUND")),
                Locale.US, ZoneOffset.UTC);

        assertThat(message.body()).contains("the buyer gets a refund of $12.50");
    }

    @Test
    void fallsBackToEnglishForMexicanSpanishWhileThereIsNoSpanishFile() {
        RenderedMessage message = shipped.render(disputeOpened(), Locale.forLanguageTag("es-MX"), ZoneOffset.UTC);

        assertThat(message.locale()).isEqualTo("en");
        assertThat(message.body()).contains("November 25, 2026");
    }

    @Test
    void prefersTheRegionalFileThenTheLanguageThenEnglish() {
        Map<String, String> english = texts("Dispute opened", "Answer by {dueAt}");
        Map<String, String> portuguese = texts("Disputa aberta", "Responda até {dueAt}");
        Map<String, String> brazilian = texts("Disputa aberta (BR)", "Responda até {dueAt}");
        Locale brazil = Locale.forLanguageTag("pt-BR");

        assertThat(render(Map.of("en", english, "pt", portuguese, "pt-BR", brazilian), brazil).locale())
                .isEqualTo("pt-BR");
        assertThat(render(Map.of("en", english, "pt", portuguese), brazil).locale()).isEqualTo("pt");
        assertThat(render(Map.of("en", english), brazil).locale()).isEqualTo("en");
    }

    @Test
    void formatsTimesInTheTemplatesLanguageWithTheRecipientsRegionalConventions() {
        Map<String, String> portuguese = texts("Disputa aberta", "Responda até {dueAt}");
        Map<String, String> english = texts("Dispute opened", "Answer by {dueAt}");

        RenderedMessage inPortuguese = render(Map.of("en", english, "pt", portuguese), Locale.forLanguageTag("pt-BR"));
        RenderedMessage inEnglish = render(Map.of("en", english), Locale.forLanguageTag("pt-BR"));

        assertThat(inPortuguese.body()).contains("25 de novembro de 2026");
        assertThat(inEnglish.body()).contains("November 25, 2026");
    }

    @Test
    void fallsBackPerKindWhenALocaleFileLacksOne() {
        Map<String, String> english = texts("Dispute opened", "Answer by {dueAt}");
        Map<String, String> spanishWithoutThisKind = Map.of("DISPUTE_RESOLVED.subject", "Disputa resuelta",
                "DISPUTE_RESOLVED.body", "Resuelta");

        assertThat(render(Map.of("en", english, "es", spanishWithoutThisKind), Locale.forLanguageTag("es")).locale())
                .isEqualTo("en");
    }

    @Test
    void takesPhrasesFromTheTemplatesLanguage() {
        MessageRenderer renderer = new MessageRenderer(TemplateCatalog.of(Map.of(
                "en", Map.of("DISPUTE_RESOLVED.subject", "Resolved", "DISPUTE_RESOLVED.body", "{outcome}",
                        "outcome.RESEND", "the seller sends the order again"),
                "fr", Map.of("DISPUTE_RESOLVED.subject", "Résolu", "DISPUTE_RESOLVED.body", "{outcome}",
                        "outcome.RESEND", "le vendeur renvoie la commande"))));
        Notice notice = new Notice(MessageKind.DISPUTE_RESOLVED, "buyer-17", "ORD-1001", "DSP-7",
                Map.of("outcome", Phrase.of("outcome", Outcome.RESEND)));

        assertThat(renderer.render(notice, Locale.FRANCE, ZoneOffset.UTC).body()).isEqualTo("le vendeur renvoie la commande");
        assertThat(renderer.render(notice, Locale.GERMAN, ZoneOffset.UTC).body()).isEqualTo("the seller sends the order again");
    }

    @Test
    void refusesATemplateThatNamesAValueTheNoticeDoesNotGive() {
        MessageRenderer renderer = new MessageRenderer(TemplateCatalog.of(Map.of("en",
                texts("Dispute opened", "Answer by {answerBy}"))));

        assertThatThrownBy(() -> renderer.render(disputeOpened(), Locale.ENGLISH, ZoneOffset.UTC))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{answerBy}");
    }

    @Test
    void everyShippedTemplateRendersEveryKindAndEveryWordItNeeds() throws IOException {
        List<String> tags;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            tags = files.map(file -> file.getFileName().toString().replace(".properties", "")).sorted().toList();
        }
        assertThat(tags).contains("en");
        for (String tag : tags) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Notice notice : everyNotice()) {
                RenderedMessage message = shipped.render(notice, locale, ZoneOffset.UTC);
                assertThat(message.subject()).as("%s subject in %s", notice.kind(), tag).isNotBlank().doesNotContain("{");
                assertThat(message.body()).as("%s body in %s", notice.kind(), tag).isNotBlank().doesNotContain("{");
            }
        }
    }

    @Test
    void everyKindHasAnEnglishTemplate() {
        TemplateCatalog catalog = TemplateCatalog.fromClasspath(getClass().getClassLoader(), "messages");
        for (MessageKind kind : MessageKind.values()) {
            assertThat(catalog.text("en", kind + ".subject")).as("%s.subject", kind).isPresent();
            assertThat(catalog.text("en", kind + ".body")).as("%s.body", kind).isPresent();
        }
    }

    private static List<Notice> everyNotice() {
        Stream<Notice> resolved = Stream.of(Outcome.values()).flatMap(outcome -> Stream.of(ResolvedBy.values())
                .flatMap(by -> Stream.of(ResponsibleParty.values()).map(party -> new Notice(
                        MessageKind.DISPUTE_RESOLVED, "buyer-17", "ORD-1001", "DSP-7", Map.of(
                        "orderId", "ORD-1001", "disputeId", "DSP-7", "outcome", Phrase.of("outcome", outcome),
                        "responsibleParty", Phrase.of("responsibleParty", party),
                        "resolvedBy", Phrase.of("resolvedBy", by))))));
        Notice partial = withOutcome(disputeResolved(Outcome.REFUND_BUYER, new Money("3.00", "EUR")),
                new Phrase("outcome", "PARTIAL_REFUND"));
        return Stream.concat(Stream.of(disputeOpened(), partial), resolved).toList();
    }

    private static RenderedMessage render(Map<String, Map<String, String>> files, Locale requested) {
        return new MessageRenderer(TemplateCatalog.of(files)).render(disputeOpened(), requested, ZoneOffset.UTC);
    }

    private static Map<String, String> texts(String subject, String body) {
        return Map.of("DISPUTE_OPENED.subject", subject, "DISPUTE_OPENED.body", body);
    }

    private static Notice disputeOpened() {
        return new Notice(MessageKind.DISPUTE_OPENED, "seller-3", "ORD-1001", "DSP-7",
                Map.of("orderId", "ORD-1001", "disputeId", "DSP-7", "dueAt", DUE));
    }

    private static Notice disputeResolved(Outcome outcome, Money amount) {
        Map<String, Object> values = new HashMap<>(Map.of("orderId", "ORD-1001", "disputeId", "DSP-7",
                "outcome", Phrase.of("outcome", outcome),
                "responsibleParty", Phrase.of("responsibleParty", ResponsibleParty.SELLER),
                "resolvedBy", Phrase.of("resolvedBy", ResolvedBy.RULING)));
        if (amount != null) {
            values.put("amount", amount);
        }
        return new Notice(MessageKind.DISPUTE_RESOLVED, "buyer-17", "ORD-1001", "DSP-7", values);
    }

    private static Notice withOutcome(Notice notice, Phrase outcome) {
        Map<String, Object> values = new HashMap<>(notice.values());
        values.put("outcome", outcome);
        return new Notice(notice.kind(), notice.recipientId(), notice.orderId(), notice.disputeId(), values);
    }
}
