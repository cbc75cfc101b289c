package org.citycast.society.jobs;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/societies/jobs")
@PreAuthorize("hasRole('ADMIN')")
class JobController {

    private final JobRuns runs;

    JobController(JobRuns runs) {
        this.runs = runs;
    }

    /** The latest runs of the daily jobs (or of {@code job}), newest first, with the instance that ran each. */
    @GetMapping("/runs")
    List<JobRuns.JobRun> runs(@RequestParam(required = false) String job,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return runs.latest(job, limit);
    }
}
