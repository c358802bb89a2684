package org.disputesuite.notification.message;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disputesuite.tracking.api.Money;

/**
 * Puts a notice into words for one recipient: the template of the best locale available for
 * them (see {@link LocaleFallback}), its {@code {name}} placeholders filled with the notice's
 * values, times shown in the recipient's time zone.
 */
public final class MessageRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final int MAX_PHRASE_DEPTH = 2;

    private final TemplateCatalog catalog;

    public MessageRenderer(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    public RenderedMessage render(Notice notice, Locale requested, ZoneId zone) {
        for (String tag : LocaleFallback.candidates(requested)) {
            Optional<String> subject = catalog.text(tag, notice.kind() + ".subject");
            Optional<String> body = catalog.text(tag, notice.kind() + ".body");
            if (subject.isPresent() && body.isPresent()) {
                Wording wording = new Wording(tag, notice, formattingLocale(requested, tag), zone);
                return new RenderedMessage(notice.kind(), tag,
                        wording.fill(subject.get(), 0), wording.fill(body.get(), 0));
            }
        }
        throw new IllegalStateException("No template for " + notice.kind() + " in any of "
                + LocaleFallback.candidates(requested));
    }

    /**
     * Dates and amounts follow the recipient's own regional conventions when the template is in
     * their language, and the template's otherwise, so a sentence never mixes two languages.
     */
    private static Locale formattingLocale(Locale requested, String templateTag) {
        Locale template = Locale.forLanguageTag(templateTag);
        return requested != null && requested.getLanguage().equals(template.getLanguage()) ? requested : template;
    }

    /** The offset zero reads "Z" in most languages; its region id reads "UTC". */
    private static ZoneId readable(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;
    }

    private final class Wording {

        private final String tag;
        private final Notice notice;
        private final Locale locale;
        private final ZoneId zone;

        Wording(String tag, Notice notice, Locale locale, ZoneId zone) {
            this.tag = tag;
            this.notice = notice;
            this.locale = locale;
            this.zone = zone;
        }

        String fill(String text, int depth) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                Object value = notice.values().get(name);
                if (value == null) {
                    throw new IllegalStateException("The " + tag + " text of " + notice.kind() + " names {" + name
                            + "}, which the notice does not give");
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(format(value, depth)));
            }
            matcher.appendTail(out);
            return out.toString();
        }

        private String format(Object value, int depth) {
            if (value instanceof Instant instant) {
                return dateTime().format(instant.atZone(readable(zone)));
            }
            if (value instanceof Money money) {
                return money(money);
            }
            if (value instanceof List<?> items) {
                StringBuilder lines = new StringBuilder();
                items.forEach(item -> lines.append("\n- ").append(format(item, depth)));
                return lines.toString();
            }
            if (value instanceof Phrase phrase) {
                if (depth >= MAX_PHRASE_DEPTH) {
                    throw new IllegalStateException("Phrases nest too deep at " + phrase.key());
                }
                return fill(phrase(phrase), depth + 1);
            }
            return value.toString();
        }

        private String phrase(Phrase phrase) {
            List<String> tags = LocaleFallback.candidates(Locale.forLanguageTag(tag));
            for (String candidate : tags) {
                Optional<String> text = catalog.text(candidate, phrase.key());
                if (text.isPresent()) {
                    return text.get();
                }
            }
            throw new IllegalStateException("No text for " + phrase.key() + " in any of " + tags);
        }

        private DateTimeFormatter dateTime() {
            return new DateTimeFormatterBuilder()
                    .appendLocalized(FormatStyle.LONG, FormatStyle.SHORT)
                    .appendLiteral(' ')
                    .appendZoneText(TextStyle.SHORT)
                    .toFormatter(locale);
        }

        private String money(Money money) {
            BigDecimal amount = new BigDecimal(money.value());
            try {
                NumberFormat format = NumberFormat.getCurrencyInstance(locale);
                Currency currency = Currency.getInstance(money.currency());
                format.setCurrency(currency);
                format.setMinimumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
                format.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), amount.scale()));
                return format.format(amount);
            } catch (IllegalArgumentException unknownCurrency) {
                return amount.toPlainString() + " " + money.currency();
            }
        }
    }
}
