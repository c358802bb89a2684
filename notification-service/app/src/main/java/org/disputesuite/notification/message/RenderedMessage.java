package org.disputesuite.notification.message;

/** A message put into words: {@code locale} is the tag of the template that was used. */
public record RenderedMessage(MessageKind kind, String locale, String subject, String body) {
}
