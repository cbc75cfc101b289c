package org.citycast.publicity.reminders;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.citycast.publicity.platform.CurrentUser;
import org.citycast.publicity.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Each signed-in person's own inbox and reminder preferences: nobody reads or marks anyone else's
 * (another person's notice is 404, as if it did not exist).
 */
@RestController
@RequestMapping("/api/publicity/inbox")
@PreAuthorize("hasAnyRole('ADMIN', 'SOCIETY_SECRETARY', 'REVIEWER', 'EXPERT', 'EDITOR')")
class InboxController {

    private final Inbox inbox;
    private final Preferences preferences;
    private final Clock clock;

    InboxController(Inbox inbox, Preferences preferences, Clock clock) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** One's notices, newest first; {@code unread=true} for the unread ones only. */
    @GetMapping
    Page<Notice> notices(@RequestParam(required = false) Boolean unread, @RequestParam(required = false) String kind,
            Pageable page) {
        return inbox.of(CurrentUser.get().username(), unread, kind, page);
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("unread", inbox.unread(CurrentUser.get().username()));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@PathVariable UUID id) {
        if (!inbox.markRead(CurrentUser.get().username(), id, clock.instant())) {
            throw DomainException.notFound("Notice", id);
        }
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", inbox.markAllRead(CurrentUser.get().username(), clock.instant()));
    }

    @GetMapping("/preferences")
    Preference preferences() {
        return preferences.of(CurrentUser.get().username());
    }

    @PutMapping("/preferences")
    Preference setPreferences(@Valid @RequestBody Preference preference) {
        preferences.save(CurrentUser.get().username(), preference, clock.instant());
        return preferences.of(CurrentUser.get().username());
    }
}
