package org.citycast.event.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sub-forum (分论坛) of an event, with its own schedule, venue, capacity and speakers. */
public record SubForum(UUID id, String title, String titleEn, Instant startsAt, Instant endsAt, String venue,
        int capacity, List<Speaker> speakers) {
}
