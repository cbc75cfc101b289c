package org.citycast.society.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

record GradeView(UUID id, UUID societyId, String societyName, UUID roundId, GradeLevel level, String label,
        GradeLevel awardedLevel, BigDecimal score, LocalDate awardedOn, LocalDate validUntil, String certificateNumber,
        GradeStatus status, LocalDate loweredOn, String loweredReason, LocalDate lapsedOn, LapseCause lapseCause,
        String lapseReason, String certificate) {

    static GradeView of(Grade g) {
        return new GradeView(g.getId(), g.getSocietyId(), g.getSocietyName(), g.getRoundId(), g.getLevel(),
                g.getLevel().label(), g.getAwardedLevel(), g.getScore(), g.getAwardedOn(), g.getValidUntil(),
                g.getCertificateNumber(), g.getStatus(), g.getLoweredOn(), g.getLoweredReason(), g.getLapsedOn(),
                g.getLapseCause(), g.getLapseReason(), "/api/societies/grades/" + g.getId() + "/certificate.pdf");
    }
}
