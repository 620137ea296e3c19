package org.kefu.knowledge.assistant;

/** Where a conversation stands: free questions, or waiting for one particular answer of a flow. */
enum Step {
    /** Any question. */
    OPEN,
    /** Two intents were close: waiting for the customer to pick one. */
    CLARIFY,
    /** Lost card: which card (last four digits), the mobile to reach the customer, then yes/no to freeze. */
    CARD_DIGITS, CARD_MOBILE, CARD_CONFIRM,
    /** Where is my complaint: the case number, then the last four digits of the mobile on it. */
    STATUS_NUMBER, STATUS_DIGITS,
    /** A human was offered: yes/no, then the mobile to reach the customer. */
    HANDOFF_OFFERED, HANDOFF_MOBILE,
    /** Handed off to a human: the conversation is over. */
    HANDED_OFF
}
