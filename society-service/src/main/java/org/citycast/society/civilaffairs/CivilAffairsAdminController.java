package org.citycast.society.civilaffairs;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.citycast.society.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN's view of the link: what civil affairs sent (and what was rejected), and what is being sent to it. */
@RestController
@RequestMapping("/api/civil-affairs")
@PreAuthorize("hasRole('ADMIN')")
class CivilAffairsAdminController {

    private final Inbox inbox;
    private final DispatchAdministration dispatches;

    CivilAffairsAdminController(Inbox inbox, DispatchAdministration dispatches) {
        this.inbox = inbox;
        this.dispatches = dispatches;
    }

    /** Received messages, newest first; {@code status} (applied, waiting, rejected, superseded) and {@code societyId} narrow it. */
    @GetMapping("/inbox")
    Page<InboxEntry> inbox(@RequestParam(required = false) String status, @RequestParam(required = false) UUID societyId,
            Pageable page) {
        return inbox.list(parse(InboxStatus.class, status), societyId, page);
    }

    /** Dispatches to civil affairs, newest first; {@code status} (pending, sent, failed) and {@code societyId} narrow it. */
    @GetMapping("/dispatches")
    Page<Dispatch> dispatches(@RequestParam(required = false) String status,
            @RequestParam(required = false) UUID societyId, Pageable page) {
        return dispatches.list(parse(DispatchStatus.class, status), societyId, page);
    }

    /** Puts a FAILED dispatch back in the queue, due now, with a fresh count of attempts. */
    @PostMapping("/dispatches/{id}/resend")
    Dispatch resend(@PathVariable UUID id) {
        return dispatches.resend(id);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("status", "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
