package org.citycast.society.directory;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycast.society.inspection.InspectionQueries;
import org.citycast.society.platform.CurrentUser;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.SocietyRegister.Criteria;
import org.citycast.society.registration.SocietyRegister.Listing;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and exports of the register, through the register's read API; a secretary's list holds
 * only their own society, and a filter on a year's inspection asks the inspection module which
 * societies it means.
 */
@Service
class SocietyDirectory {

    private final SocietyRegister register;
    private final InspectionQueries inspections;

    SocietyDirectory(SocietyRegister register, InspectionQueries inspections) {
        this.register = register;
        this.inspections = inspections;
    }

    @Transactional(readOnly = true)
    Page<Listing> list(SocietyFilter filter, Pageable page, CurrentUser user) {
        return register.list(criteria(filter, user), page);
    }

    /** Everything that matches, in the requested order, for an export. */
    @Transactional(readOnly = true)
    List<Listing> all(SocietyFilter filter, Sort sort, CurrentUser user) {
        return register.all(criteria(filter, user), sort);
    }

    private Criteria criteria(SocietyFilter filter, CurrentUser user) {
        Set<UUID> ids = null;
        if (!user.admin()) {
            ids = user.societyId().map(Set::of).orElse(Set.of());
        }
        if (filter.inspectionOutcome() != null) {
            if (filter.inspectionYear() == null) {
                throw DomainException.invalid("inspectionYear", "is required with inspectionOutcome");
            }
            Set<UUID> inspected = inspections.societiesWith(filter.inspectionYear(), filter.inspectionOutcome());
            ids = ids == null ? inspected : ids.stream().filter(inspected::contains)
                    .collect(java.util.stream.Collectors.toSet());
        }
        return new Criteria(filter.status(), filter.category(), filter.hostUnit(), filter.healthTier(),
                filter.partyCovered(), filter.q(), ids);
    }
}
