package org.citycast.society.standing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

record CaseView(UUID id, UUID societyId, String societyName, String creditCode, String grounds, LocalDate draftedOn,
        Instant createdAt, CaseStatus status, Instant decidedAt, String decidedBy, String decisionNote, String letter) {

    static CaseView of(DisqualificationCase c) {
        return new CaseView(c.getId(), c.getSocietyId(), c.getSocietyName(), c.getCreditCode(), c.getGrounds(),
                c.getDraftedOn(), c.getCreatedAt(), c.getStatus(), c.getDecidedAt(), c.getDecidedBy(),
                c.getDecisionNote(),
                "/api/societies/standing/cases/" + c.getId() + "/letter.pdf");
    }
}
