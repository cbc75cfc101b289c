package org.citycast.society.inspection;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.society.platform.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/societies")
class InspectionController {

    private final InspectionService service;
    private final JdbcClient jdbc;

    InspectionController(InspectionService service, JdbcClient jdbc) {
        this.service = service;
        this.jdbc = jdbc;
    }

    record PreReview(@NotNull Boolean passed, @Size(max = 2000) String comments) {
    }

    record Missed(int marked) {
    }

    /** A row of a year's round, with the society's name for the list. */
    record RoundItem(UUID societyId, String societyName, int year, InspectionStatus status,
            InspectionOutcome outcome) {
    }

    @PostMapping("/inspections/rounds/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    InspectionService.Round openRound(@PathVariable @Min(1949) @Max(2200) int year) {
        return service.openRound(year);
    }

    /** A year's inspections, by society name in pinyin order; narrowed by status or outcome. */
    @GetMapping("/inspections")
    @PreAuthorize("hasRole('ADMIN')")
    Page<RoundItem> round(@RequestParam int year, @RequestParam(required = false) InspectionStatus status,
            @RequestParam(required = false) InspectionOutcome outcome, Pageable page) {
        String where = " FROM annual_inspection i JOIN society s ON s.id = i.society_id WHERE i.year = :year"
                + (status == null ? "" : " AND i.status = :status")
                + (outcome == null ? "" : " AND i.outcome = :outcome");
        var count = jdbc.sql("SELECT count(*)" + where).param("year", year);
        var rows = jdbc.sql("SELECT i.society_id, s.name, i.year, i.status, i.outcome" + where
                + " ORDER BY s.name COLLATE \"zh-Hans-x-icu\" LIMIT :limit OFFSET :offset").param("year", year);
        if (status != null) {
            count = count.param("status", status.name());
            rows = rows.param("status", status.name());
        }
        if (outcome != null) {
            count = count.param("outcome", outcome.name());
            rows = rows.param("outcome", outcome.name());
        }
        List<RoundItem> content = rows.param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> new RoundItem(rs.getObject("society_id", UUID.class), rs.getString("name"),
                        rs.getInt("year"), InspectionStatus.valueOf(rs.getString("status")),
                        rs.getString("outcome") == null ? null : InspectionOutcome.valueOf(rs.getString("outcome"))))
                .list();
        return new PageImpl<>(content, page, count.query(Long.class).single());
    }

    @GetMapping("/{id}/inspections")
    List<InspectionView> ofSociety(@PathVariable UUID id) {
        return service.ofSociety(id, CurrentUser.get()).stream()
                .map(inspection -> InspectionView.of(inspection, service.deadlines())).toList();
    }

    @PutMapping("/{id}/inspections/{year}/report")
    @PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY')")
    InspectionView fileReport(@PathVariable UUID id, @PathVariable int year, @Valid @RequestBody AnnualReport report) {
        return InspectionView.of(service.fileReport(id, year, report, CurrentUser.get()), service.deadlines());
    }

    @PostMapping("/{id}/inspections/{year}/pre-review")
    @PreAuthorize("hasRole('ADMIN')")
    InspectionView preReview(@PathVariable UUID id, @PathVariable int year, @Valid @RequestBody PreReview review) {
        return InspectionView.of(service.preReview(id, year, review.passed(), review.comments()),
                service.deadlines());
    }

    @PostMapping("/{id}/inspections/{year}/forwarding")
    @PreAuthorize("hasRole('ADMIN')")
    InspectionView forward(@PathVariable UUID id, @PathVariable int year) {
        return InspectionView.of(service.forward(id, year), service.deadlines());
    }

    /** Runs the daily deadline check now. */
    @PostMapping("/inspections/deadline-check")
    @PreAuthorize("hasRole('ADMIN')")
    Missed checkDeadlines() {
        return new Missed(service.recordMissedDeadlines());
    }
}
