package org.citycast.funding.call;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Calls are read by every signed-in user (secretaries apply to them); ADMIN writes them. */
@RestController
@RequestMapping("/api/funding/calls")
class CallController {

    private final Calls calls;

    CallController(Calls calls) {
        this.calls = calls;
    }

    /** Newest first, narrowed by {@code year}, {@code status} (UPCOMING, OPEN, CLOSED) or {@code category}. */
    @GetMapping
    Page<CallView> list(Calls.CallFilter filter, Pageable page) {
        return calls.list(filter, page);
    }

    @GetMapping("/{id}")
    CallView get(@PathVariable UUID id) {
        return calls.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<CallView> open(@Valid @RequestBody CallTerms terms) {
        CallView call = calls.open(terms);
        return ResponseEntity.created(URI.create("/api/funding/calls/" + call.id())).body(call);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    CallView change(@PathVariable UUID id, @Valid @RequestBody CallTerms terms) {
        return calls.change(id, terms);
    }
}
