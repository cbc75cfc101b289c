package org.citycast.expert.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.citycast.expert.award.AwardFigures;
import org.citycast.expert.award.AwardService;
import org.citycast.expert.platform.AssociationTime;
import org.citycast.expert.pool.ExpertService;
import org.citycast.expert.pool.PoolFigures;
import org.citycast.expert.proposal.ProposalFigures;
import org.citycast.expert.proposal.ProposalService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/experts/stats")
class FiguresController {

    private final ExpertService experts;
    private final AwardService awards;
    private final ProposalService proposals;
    private final Clock clock;

    FiguresController(ExpertService experts, AwardService awards, ProposalService proposals, Clock clock) {
        this.experts = experts;
        this.awards = awards;
        this.proposals = proposals;
        this.clock = clock;
    }

    /** Pools as they stood at the end of the year (today, for the current year). */
    record YearFigures(int year, PoolFigures pools, List<AwardFigures> awards, ProposalFigures proposals) {
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    YearFigures forYear(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        LocalDate today = AssociationTime.today(clock);
        int y = year != null ? year : today.getYear();
        LocalDate endOfYear = LocalDate.of(y, 12, 31);
        LocalDate asOf = endOfYear.isAfter(today) ? today : endOfYear;
        return new YearFigures(y, experts.figures(asOf), awards.figures(y), proposals.figures(y));
    }
}
