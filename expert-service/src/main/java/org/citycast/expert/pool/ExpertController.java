package org.citycast.expert.pool;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.expert.platform.AssociationTime;
import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.platform.Spreadsheets;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The pools' roster: search, export, import, profiles, committee seats, leaving and removal. */
@RestController
@RequestMapping("/api/experts")
class ExpertController {

    private final ExpertService experts;
    private final ExpertDirectory directory;
    private final ExpertImport importer;
    private final Pools pools;
    private final Clock clock;

    ExpertController(ExpertService experts, ExpertDirectory directory, ExpertImport importer, Pools pools,
            Clock clock) {
        this.experts = experts;
        this.directory = directory;
        this.importer = importer;
        this.pools = pools;
        this.clock = clock;
    }

    record Imported(int imported) {
    }

    record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    record CommitteeSeat(@NotNull Boolean committeeMember) {
    }

    /** The pools and their admission rules. */
    @GetMapping("/pools")
    Map<String, PoolRule> pools() {
        return pools.pools();
    }

    /** Experts by pool, category, title level, society, status and keyword; by name in pinyin order unless {@code sort} says otherwise. */
    @GetMapping
    Page<ExpertView> list(ExpertFilter filter, Pageable page) {
        return directory.list(filter, page, CurrentUser.get());
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(ExpertFilter filter, Sort sort) {
        return Spreadsheets.download("专家库-" + AssociationTime.today(clock) + ".xlsx", "专家库", ExpertSheet.COLUMNS,
                directory.all(filter, sort, CurrentUser.get()));
    }

    /** The existing roster, admitted straight into its pools; any bad row and nothing is imported. */
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    Imported importSheet(@RequestPart("file") MultipartFile file) throws java.io.IOException {
        return new Imported(importer.importAll(
                Spreadsheets.read(file.getInputStream(), ExpertSheet.COLUMNS, ExpertSheet.MAX_ROWS)));
    }

    @GetMapping("/{id}")
    ExpertView get(@PathVariable UUID id) {
        return experts.view(id, CurrentUser.get());
    }

    @PutMapping("/{id}")
    ExpertView describe(@PathVariable UUID id, @Valid @RequestBody ExpertProfile profile) {
        return experts.describe(id, profile, CurrentUser.get());
    }

    @GetMapping("/{id}/history")
    ExpertHistory history(@PathVariable UUID id) {
        return experts.history(id, CurrentUser.get());
    }

    /** A seat on the expert committee (专家委员会), whose members vet nominations and review awards. */
    @PutMapping("/{id}/committee")
    @PreAuthorize("hasRole('ADMIN')")
    ExpertView committee(@PathVariable UUID id, @Valid @RequestBody CommitteeSeat seat) {
        return experts.appointToCommittee(id, seat.committeeMember(), CurrentUser.get());
    }

    @PostMapping("/{id}/pools/{pool}/leaving")
    ExpertView leave(@PathVariable UUID id, @PathVariable String pool, @Valid @RequestBody Reason reason) {
        return experts.leave(id, pool, reason.reason(), CurrentUser.get());
    }

    @PostMapping("/{id}/pools/{pool}/removal")
    @PreAuthorize("hasRole('ADMIN')")
    ExpertView remove(@PathVariable UUID id, @PathVariable String pool, @Valid @RequestBody Reason reason) {
        return experts.remove(id, pool, reason.reason(), CurrentUser.get());
    }
}
