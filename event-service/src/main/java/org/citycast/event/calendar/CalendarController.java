package org.citycast.event.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.citycast.event.event.EventService;
import org.citycast.event.event.EventView;
import org.citycast.event.platform.AssociationTime;
import org.citycast.event.society.KnownSocieties;
import org.citycast.event.society.KnownSociety;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The feeds hold last year's, this year's and next year's published events, so a subscription stays small. */
@RestController
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final EventService events;
    private final KnownSocieties societies;
    private final Clock clock;

    CalendarController(EventService events, KnownSocieties societies, Clock clock) {
        this.events = events;
        this.societies = societies;
        this.clock = clock;
    }

    @GetMapping("/api/events/public/calendar.ics")
    ResponseEntity<String> all() {
        return ics(CalendarFeed.write("学会活动", window(null)));
    }

    @GetMapping("/api/events/public/societies/{societyId}/calendar.ics")
    ResponseEntity<String> ofSociety(@PathVariable UUID societyId) {
        String name = societies.findById(societyId).map(KnownSociety::getName).orElse("学会") + "活动";
        return ics(CalendarFeed.write(name, window(societyId)));
    }

    private List<EventView> window(UUID society) {
        int year = AssociationTime.today(clock).getYear();
        return IntStream.rangeClosed(year - 1, year + 1).boxed()
                .flatMap(y -> events.publicList(y, society).stream()).toList();
    }

    private static ResponseEntity<String> ics(String body) {
        return ResponseEntity.ok().contentType(CALENDAR).body(body);
    }
}
