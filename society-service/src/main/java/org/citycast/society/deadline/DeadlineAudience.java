package org.citycast.society.deadline;

import java.util.UUID;

/**
 * Who must meet a deadline: a society's secretariat ({@code SOCIETY} with {@code societyId}), an
 * expert ({@code EXPERT} with {@code expertId}) or the association's staff ({@code ADMIN}).
 */
public record DeadlineAudience(String kind, UUID societyId, UUID expertId) {

    public static DeadlineAudience society(UUID societyId) {
        return new DeadlineAudience("SOCIETY", societyId, null);
    }

    public static DeadlineAudience admin() {
        return new DeadlineAudience("ADMIN", null, null);
    }
}
