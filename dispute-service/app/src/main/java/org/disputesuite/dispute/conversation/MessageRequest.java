package org.disputesuite.dispute.conversation;

import org.disputesuite.platform.validation.CallerText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record MessageRequest(@NotBlank @Size(max = ConversationLimits.MAX_MESSAGE_LENGTH) String text) {

    MessageRequest {
        text = CallerText.nfc(text);
    }
}
