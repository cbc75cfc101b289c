package org.citycast.expert.notice;

import java.util.UUID;

/** The award programme a notice or a result belongs to, as events carry it. */
public record ProgrammeRef(UUID id, int year, String kind, String name) {
}
