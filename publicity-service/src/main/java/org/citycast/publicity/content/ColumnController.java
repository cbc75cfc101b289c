package org.citycast.publicity.content;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.publicity.platform.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The columns and campaigns articles are filed under. */
@RestController
@RequestMapping("/api/publicity")
class ColumnController {

    record ColumnRequest(@NotBlank @Size(max = 50) String name, @Size(max = 500) String description) {
    }

    record CampaignRequest(@NotBlank @Size(max = 100) String name, @NotNull Campaigns.Kind kind,
            @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
    }

    private final ContentColumns columns;
    private final Campaigns campaigns;
    private final Clock clock;

    ColumnController(ContentColumns columns, Campaigns campaigns, Clock clock) {
        this.columns = columns;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @GetMapping("/columns")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'SOCIETY_SECRETARY')")
    List<ContentColumns.Column> columns() {
        return columns.all();
    }

    @PostMapping("/columns")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ContentColumns.Column> addColumn(@Valid @RequestBody ColumnRequest request) {
        ContentColumns.Column column = columns.add(request.name().strip(), request.description(), clock.instant());
        return ResponseEntity.created(URI.create("/api/publicity/columns/" + column.id())).body(column);
    }

    @PutMapping("/columns/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ContentColumns.Column renameColumn(@PathVariable UUID id, @Valid @RequestBody ColumnRequest request) {
        if (!columns.rename(id, request.name().strip(), request.description())) {
            throw DomainException.notFound("Column", id);
        }
        return columns.find(id).orElseThrow();
    }

    @GetMapping("/campaigns")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'SOCIETY_SECRETARY')")
    List<Campaigns.Campaign> campaigns() {
        return campaigns.all();
    }

    @PostMapping("/campaigns")
    @PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
    ResponseEntity<Campaigns.Campaign> addCampaign(@Valid @RequestBody CampaignRequest request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw DomainException.invalid("endsOn", "is before startsOn");
        }
        Campaigns.Campaign campaign = campaigns.add(request.name().strip(), request.kind(), request.startsOn(),
                request.endsOn(), clock.instant());
        return ResponseEntity.created(URI.create("/api/publicity/campaigns/" + campaign.id())).body(campaign);
    }
}
