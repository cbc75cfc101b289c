package org.citycast.funding.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface GrantApplications extends ListCrudRepository<GrantApplication, UUID> {

    /** The society's earliest final report past its deadline and not filed, if any. */
    @Query("""
            SELECT * FROM grant_application WHERE society_id = :society AND status = 'AGREED' AND report_due_on < :today
            ORDER BY report_due_on, id LIMIT 1""")
    Optional<GrantApplication> firstOverdueReport(UUID society, LocalDate today);

    @Query("""
            SELECT * FROM grant_application WHERE status = 'AGREED' AND report_due_on < :today AND overdue_since IS NULL
            ORDER BY report_due_on, id""")
    List<GrantApplication> newlyOverdue(LocalDate today);
}
