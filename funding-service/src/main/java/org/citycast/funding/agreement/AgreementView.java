package org.citycast.funding.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public record AgreementView(UUID applicationId, LocalDate signedOn, LocalDate reportDueOn, String terms,
        List<TrancheView> tranches, BigDecimal paid, BigDecimal unpaid, Instant createdAt) {

    public record TrancheView(int number, BigDecimal amount, LocalDate dueOn, String condition, LocalDate paidOn,
            String reference) {
    }

    static AgreementView of(Agreement agreement) {
        List<TrancheView> tranches = new ArrayList<>();
        BigDecimal paid = new BigDecimal("0.00");
        BigDecimal unpaid = new BigDecimal("0.00");
        for (int i = 0; i < agreement.getTranches().size(); i++) {
            Tranche t = agreement.getTranches().get(i);
            tranches.add(new TrancheView(i + 1, t.amount(), t.dueOn(), t.condition(), t.paidOn(), t.reference()));
            if (t.paid()) {
                paid = paid.add(t.amount());
            } else {
                unpaid = unpaid.add(t.amount());
            }
        }
        return new AgreementView(agreement.getApplicationId(), agreement.getSignedOn(), agreement.getReportDueOn(),
                agreement.getTerms(), tranches, paid, unpaid, agreement.getCreatedAt());
    }
}
