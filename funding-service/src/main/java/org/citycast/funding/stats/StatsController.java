package org.citycast.funding.stats;

import java.time.Clock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.citycast.funding.application.Applications;
import org.citycast.funding.application.GrantFigures;
import org.citycast.funding.budget.BudgetView;
import org.citycast.funding.budget.Budgets;
import org.citycast.funding.financing.Financing;
import org.citycast.funding.platform.AssociationTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/funding/stats")
class StatsController {

    private final Budgets budgets;
    private final Applications applications;
    private final Financing financing;
    private final Clock clock;

    StatsController(Budgets budgets, Applications applications, Financing financing, Clock clock) {
        this.budgets = budgets;
        this.applications = applications;
        this.financing = financing;
        this.clock = clock;
    }

    record YearStats(int year, BudgetView budget, GrantFigures grants, Financing.Partnerships partnerships) {
    }

    /** The figures of {@code year} (this year by default). */
    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    YearStats stats(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        int y = year != null ? year : AssociationTime.today(clock).getYear();
        return new YearStats(y, budgets.budget(y), applications.figures(y), financing.partnerships(y));
    }
}
