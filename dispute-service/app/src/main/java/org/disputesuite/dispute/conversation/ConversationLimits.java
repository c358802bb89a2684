package org.disputesuite.dispute.conversation;

/** How much one request may carry (docs/limits.md). */
final class ConversationLimits {

    static final int MAX_EVIDENCE = 20;
    static final int MAX_MESSAGE_LENGTH = 2000;

    private ConversationLimits() {
    }
}
