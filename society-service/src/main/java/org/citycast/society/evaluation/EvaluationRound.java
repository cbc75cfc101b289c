package org.citycast.society.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
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
    private Instant noticeOpenedAt;
    private Instant noticeClosesAt;
    private final Instant openedAt;
    private final String openedBy;
    private Instant closedAt;
    @Version
    private Long version;

    EvaluationRound(UUID id, int year, String name, LocalDate applicationsCloseOn, RoundStatus status,
            Instant noticeOpenedAt, Instant noticeClosesAt, Instant openedAt, String openedBy, Instant closedAt,
            Long version) {
        this.id = id;
        this.year = year;
        this.name = name;
        this.applicationsCloseOn = applicationsCloseOn;
        this.status = status;
        this.noticeOpenedAt = noticeOpenedAt;
        this.noticeClosesAt = noticeClosesAt;
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

    /** The proposed grades go on notice now, for {@code period}. */
    void putOnNotice(Instant now, Duration period) {
        require(RoundStatus.SCORING, "put the proposed grades on public notice");
        this.status = RoundStatus.ON_NOTICE;
        this.noticeOpenedAt = now;
        this.noticeClosesAt = now.plus(period);
    }

    void close(Instant now) {
        require(RoundStatus.ON_NOTICE, "confirm the grades");
        if (now.isBefore(noticeClosesAt)) {
            throw DomainException.conflict("The public notice runs until " + noticeClosesAt
                    + "; the grades can be confirmed once it has closed.");
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

    public Instant getNoticeOpenedAt() {
        return noticeOpenedAt;
    }

    public Instant getNoticeClosesAt() {
        return noticeClosesAt;
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
