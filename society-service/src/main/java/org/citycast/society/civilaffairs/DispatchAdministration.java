package org.citycast.society.civilaffairs;

import java.time.Clock;
import java.util.UUID;

import org.citycast.society.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ADMIN's handling of the dispatch outbox. */
@Service
class DispatchAdministration {

    private final Dispatches dispatches;
    private final Clock clock;

    DispatchAdministration(Dispatches dispatches, Clock clock) {
        this.dispatches = dispatches;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<Dispatch> list(DispatchStatus status, UUID societyId, Pageable page) {
        return dispatches.list(status, societyId, page);
    }

    @Transactional
    Dispatch resend(UUID id) {
        Dispatch dispatch = dispatches.find(id).orElseThrow(() -> DomainException.notFound("Dispatch", id));
        if (!dispatches.resend(id, clock.instant())) {
            throw DomainException.conflict("Only a FAILED dispatch can be resent; this one is " + dispatch.status() + ".");
        }
        return dispatches.find(id).orElseThrow();
    }
}
