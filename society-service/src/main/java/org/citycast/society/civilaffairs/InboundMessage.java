package org.citycast.society.civilaffairs;

import java.time.Instant;
import java.util.UUID;

/** What every message from civil affairs carries besides its content. */
interface InboundMessage {

    /** The sender's id of the message; a repeat carries the same one. */
    String messageId();

    /** When civil affairs sent it: of two messages about the same thing, the later one wins. */
    Instant sentAt();

    UUID societyId();

    /** Messages of the same society and key are about the same thing, so a newer one replaces an older one. */
    String orderingKey();
}
