package org.citycast.event.event;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an event drew, once held: admitted registrations, people checked in (each person once,
 * whatever tickets they hold), per sub-forum and by city; and, for outreach, the beneficiaries the
 * organiser recorded.
 */
public record HeldFigures(int registered, int attended, List<ForumAttendance> attendedBySubForum,
        Map<String, Integer> attendedByCity, Integer beneficiaries) {

    public record ForumAttendance(UUID subForumId, String title, int attended) {
    }
}
