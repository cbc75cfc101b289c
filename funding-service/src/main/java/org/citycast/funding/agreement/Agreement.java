package org.citycast.funding.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.funding.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("agreement")
class Agreement {

    @Id
    private final UUID applicationId;
    private final LocalDate signedOn;
    private final LocalDate reportDueOn;
    private final String terms;
    @MappedCollection(idColumn = "application_id", keyColumn = "position_index")
    private List<Tranche> tranches;
    private final Instant createdAt;
    @Version
    private Long version;

    Agreement(UUID applicationId, LocalDate signedOn, LocalDate reportDueOn, String terms, List<Tranche> tranches,
            Instant createdAt, Long version) {
        this.applicationId = applicationId;
        this.signedOn = signedOn;
        this.reportDueOn = reportDueOn;
        this.terms = terms;
        this.tranches = tranches == null ? new ArrayList<>() : new ArrayList<>(tranches);
        this.createdAt = createdAt;
        this.version = version;
    }

    /** Pays tranche {@code number} (1-based); returns its amount. */
    BigDecimal pay(int number, LocalDate paidOn, String reference) {
        if (number < 1 || number > tranches.size()) {
            throw DomainException.notFound("Tranche", number);
        }
        Tranche tranche = tranches.get(number - 1);
        if (tranche.paid()) {
            throw DomainException.conflict("Tranche " + number + " was already paid on " + tranche.paidOn() + ".");
        }
        if (paidOn.isBefore(signedOn)) {
            throw DomainException.invalid("paidOn", "must not be before the agreement was signed (" + signedOn + ")");
        }
        tranches.set(number - 1, tranche.pay(paidOn, reference));
        return tranche.amount();
    }

    UUID getApplicationId() {
        return applicationId;
    }

    LocalDate getSignedOn() {
        return signedOn;
    }

    LocalDate getReportDueOn() {
        return reportDueOn;
    }

    String getTerms() {
        return terms;
    }

    List<Tranche> getTranches() {
        return tranches;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
