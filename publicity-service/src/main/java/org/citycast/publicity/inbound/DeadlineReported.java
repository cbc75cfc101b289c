package org.citycast.publicity.inbound;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.citycast.publicity.platform.InboundEvent;

import tools.jackson.databind.JsonNode;

/**
 * A deadline some service announced ({@code DeadlineScheduled}, {@code DeadlineMet},
 * {@code DeadlineCancelled} on its topic): {@code change} is {@code SCHEDULED}, {@code MET} or
 * {@code CANCELLED}. The audience, due time, title and link come with {@code SCHEDULED} only.
 */
public record DeadlineReported(UUID eventId, Instant time, String producer, String change, String deadlineId,
        String kind, Instant dueAt, Audience audience, String title, String link, Instant metAt, String reason) {

    /** Who must meet it: {@code SOCIETY} (with its id), {@code EXPERT} (with the expert's id) or {@code ADMIN}. */
    public record Audience(String kind, UUID societyId, UUID expertId) {
    }

    /** The types every producer's topic may carry, as a consumer's contract lists them. */
    static final Set<String> TYPES = Set.of("DeadlineScheduled.v1", "DeadlineMet.v1",
            "DeadlineCancelled.v1");

    /** Reads one of the three deadline events; the envelope's subject is the deadline's id. */
    static DeadlineReported read(InboundEvent event) {
        event.requireSubjectAt("deadlineId");
        JsonNode data = event.data();
        String type = event.type().substring(0, event.type().lastIndexOf('.'));
        String deadlineId = Fields.text(data, "deadlineId");
        String kind = Fields.text(data, "kind");
        return switch (type) {
            case "DeadlineScheduled" -> {
                JsonNode audience = Fields.object(data, "audience");
                Audience who = new Audience(Fields.text(audience, "kind"), Fields.optionalUuid(audience, "societyId"),
                        Fields.optionalUuid(audience, "expertId"));
                if ("SOCIETY".equals(who.kind()) && who.societyId() == null
                        || "EXPERT".equals(who.kind()) && who.expertId() == null
                        || !Set.of("SOCIETY", "EXPERT", "ADMIN").contains(who.kind())) {
                    throw new IllegalArgumentException("audience " + who + " names nobody");
                }
                yield new DeadlineReported(event.id(), event.time(), event.source(), "SCHEDULED", deadlineId, kind,
                        Fields.instant(data, "dueAt"), who, Fields.text(data, "title"), Fields.optionalText(data, "link"),
                        null, null);
            }
            case "DeadlineMet" -> new DeadlineReported(event.id(), event.time(), event.source(), "MET", deadlineId, kind,
                    null, null, null, null, Fields.instant(data, "metAt"), null);
            default -> new DeadlineReported(event.id(), event.time(), event.source(), "CANCELLED", deadlineId, kind,
                    null, null, null, null, null, Fields.optionalText(data, "reason"));
        };
    }
}
