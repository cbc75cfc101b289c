package org.citycast.event.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.citycast.event.event.EventStatus;
import org.citycast.event.event.EventView;

/** Published events as an iCalendar (RFC 5545) feed: times in UTC, which calendar apps show in local time. */
final class CalendarFeed {

    private CalendarFeed() {
    }

    static String write(String name, List<EventView> events) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//citycast//society platform events//ZH"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", name))
                .add(new XProperty("X-WR-TIMEZONE", "Asia/Shanghai"));
        for (EventView event : events) {
            String title = event.academicHallSession() == null ? event.title()
                    : event.title() + "（" + event.academicHallSession() + "）";
            VEvent component = new VEvent(event.startsAt(), event.endsAt(), title)
                    .add(new Uid(event.id() + "@events.society-platform"))
                    .add(new Location(event.venue()))
                    .add(new Description(description(event)));
            if (event.status() == EventStatus.CANCELLED) {
                component.add(new Status(Status.VALUE_CANCELLED));
            } else {
                component.add(new Status(Status.VALUE_CONFIRMED));
            }
            calendar.add(component);
        }
        try (var out = new StringWriter()) {
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String description(EventView event) {
        String organisers = event.organiser().name() + event.coOrganisers().stream()
                .map(EventView.Society::name).map(name -> "、" + name).collect(Collectors.joining());
        StringBuilder text = new StringBuilder("主办：").append(organisers).append('\n').append(event.kindLabel());
        if (event.titleEn() != null) {
            text.append('\n').append(event.titleEn());
        }
        event.subForums().forEach(forum -> text.append("\n分论坛：").append(forum.title()).append("（")
                .append(forum.venue()).append("）"));
        if (event.description() != null) {
            text.append('\n').append(event.description());
        }
        return text.toString();
    }
}
