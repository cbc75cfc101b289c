package org.citycast.publicity.calendar;

import java.util.UUID;

/**
 * A branded academic-hall session (学术会堂第N期) and, once its society has published it, the event
 * that realises it (its date, venue and whether it was held or cancelled).
 */
public record HallSession(UUID plannedEventId, int year, int number, String label, UUID societyId,
        String societyName, String title, String kind, Integer plannedMonth, AcademicEvent event) {

    public boolean cancelled() {
        return event != null && event.cancelled();
    }

    /** When, as far as it is known: the event's day, else the planned month. */
    public String when() {
        if (event != null && event.startsAt() != null) {
            var start = event.localStart();
            return start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
        }
        return plannedMonth == null ? "日期待定" : year + "年" + plannedMonth + "月（计划）";
    }
}
