package org.citycast.society.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import org.citycast.society.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One year's evaluation round: applications until the closing date, scoring, public notice, confirmation. */
@Table("evaluation_round")
public class EvaluationRound {

    @Id
    private final UUID id;
    private final int year;
    private final String name;
    private final LocalDate applicationsCloseOn;
    private RoundStatus status;
    private LocalDate noticeStartsOn;
    private LocalDate noticeEndsOn;
    private final Instant openedAt;
    private final String openedBy;
    private Instant closedAt;
    @Version
    private Long version;

    EvaluationRound(UUID id, int year, String name, LocalDate applicationsCloseOn, RoundStatus status,
            LocalDate noticeStartsOn, LocalDate noticeEndsOn, Instant openedAt, String openedBy, Instant closedAt,
            Long version) {
        this.id = id;
        this.year = year;
        this.name = name;
        this.applicationsCloseOn = applicationsCloseOn;
        this.status = status;
        this.noticeStartsOn = noticeStartsOn;
        this.noticeEndsOn = noticeEndsOn;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.closedAt = closedAt;
        this.version = version;
    }

    static EvaluationRound open(int year, String name, LocalDate applicationsCloseOn, LocalDate today, String by,
            Instant now) {
        if (applicationsCloseOn.isBefore(today)) {
            throw DomainException.invalid("applicationsCloseOn", "must not be in the past");
        }
        return new EvaluationRound(UUID.randomUUID(), year, name, applicationsCloseOn, RoundStatus.OPEN, null, null,
                now, by, null, null);
    }

    void requireOpenFor(LocalDate today) {
        require(RoundStatus.OPEN, "apply");
        if (today.isAfter(applicationsCloseOn)) {
            throw DomainException.conflict("Applications to the " + year + " round closed on " + applicationsCloseOn + ".");
        }
    }

    void startScoring() {
        require(RoundStatus.OPEN, "start scoring");
        this.status = RoundStatus.SCORING;
    }

    /** The proposed grades go on notice from today for {@code period}; the last day of notice is kept. */
    void putOnNotice(LocalDate today, Period period) {
        require(RoundStatus.SCORING, "put the proposed grades on public notice");
        this.status = RoundStatus.ON_NOTICE;
        this.noticeStartsOn = today;
        this.noticeEndsOn = today.plus(period).minusDays(1);
    }

    void close(LocalDate today, Instant now) {
        require(RoundStatus.ON_NOTICE, "confirm the grades");
        if (!today.isAfter(noticeEndsOn)) {
            throw DomainException.conflict("The public notice runs until " + noticeEndsOn
                    + "; the grades can be confirmed from the day after.");
        }
        this.status = RoundStatus.CLOSED;
        this.closedAt = now;
    }

    void require(RoundStatus expected, String step) {
        if (status != expected) {
            throw DomainException.conflict("Cannot " + step + ": the " + year + " round is " + status + ", not "
                    + expected + ".");
        }
    }

    public UUID getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getName() {
        return name;
    }

    public LocalDate getApplicationsCloseOn() {
        return applicationsCloseOn;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public LocalDate getNoticeStartsOn() {
        return noticeStartsOn;
    }

    public LocalDate getNoticeEndsOn() {
        return noticeEndsOn;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getVersion() {
        return version;
    }
}
