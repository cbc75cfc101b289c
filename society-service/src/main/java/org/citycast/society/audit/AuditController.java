package org.citycast.society.audit;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/societies/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    /** Newest first; {@code societyId} narrows it to one society, {@code expertId} to one pool expert's account. */
    @GetMapping
    Page<AuditEntries.AuditEntryView> list(@RequestParam(required = false) UUID societyId,
            @RequestParam(required = false) UUID expertId, Pageable page) {
        return entries.list(societyId, expertId, page);
    }
}
