package org.citycast.society.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

record RoundView(UUID id, int year, String name, LocalDate applicationsCloseOn, RoundStatus status,
        Instant noticeOpenedAt, Instant noticeClosesAt, Instant openedAt, String openedBy, Instant closedAt) {

    static RoundView of(EvaluationRound r) {
        return new RoundView(r.getId(), r.getYear(), r.getName(), r.getApplicationsCloseOn(), r.getStatus(),
                r.getNoticeOpenedAt(), r.getNoticeClosesAt(), r.getOpenedAt(), r.getOpenedBy(), r.getClosedAt());
    }
}
