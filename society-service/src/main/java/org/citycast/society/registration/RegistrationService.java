package org.citycast.society.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RegistrationService {

    private final Societies societies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(Societies societies, ApplicationEventPublisher events, Clock clock) {
        this.societies = societies;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Society register(SocietyDescription description, String creditCode) {
        return registerAs(UUID.randomUUID(), description, creditCode);
    }

    /** Registers under a known id, for records migrated from the association's old spreadsheets. */
    @Transactional
    public Society registerAs(UUID id, SocietyDescription description, String creditCode) {
        Instant now = clock.instant();
        Society society = societies.save(Society.register(id, description.name(), description.shortName(),
                description.disciplineCategory(), description.hostUnit(), creditCode, now));
        events.publishEvent(SocietyRegistered.of(society, now));
        return society;
    }

    @Transactional
    public Society describe(UUID id, SocietyDescription description, CurrentUser user) {
        Society society = visible(id, user);
        Instant now = clock.instant();
        society.describe(description.name(), description.shortName(), description.disciplineCategory(),
                description.hostUnit(), now);
        Society saved = societies.save(society);
        events.publishEvent(SocietyDetailsChanged.of(saved, now));
        return saved;
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return societies.existsById(id);
    }

    @Transactional(readOnly = true)
    public Society find(UUID id, CurrentUser user) {
        return visible(id, user);
    }

    @Transactional(readOnly = true)
    public Page<Society> list(Pageable page, CurrentUser user) {
        if (user.admin()) {
            return societies.findAll(page);
        }
        return user.societyId()
                .flatMap(societies::findById)
                .<Page<Society>>map(own -> new PageImpl<>(List.of(own), page, 1))
                .orElse(Page.empty(page));
    }

    /** Another society's record is reported as missing, so a secretary cannot probe which ids exist. */
    private Society visible(UUID id, CurrentUser user) {
        if (!user.maySee(id)) {
            throw DomainException.notFound("Society", id);
        }
        return societies.findById(id).orElseThrow(() -> DomainException.notFound("Society", id));
    }
}
