package org.citycast.expert.pool;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.privacy.PersonalData;
import org.citycast.expert.society.KnownSocieties;
import org.citycast.expert.society.KnownSociety;
import org.springframework.stereotype.Component;

/** Turns experts into answers, revealing personal data only to ADMIN and the expert themself. */
@Component
class ExpertViews {

    private final PersonalData personal;
    private final KnownSocieties societies;
    private final Pools pools;

    ExpertViews(PersonalData personal, KnownSocieties societies, Pools pools) {
        this.personal = personal;
        this.societies = societies;
        this.pools = pools;
    }

    static boolean revealsPersonalData(UUID expert, CurrentUser user) {
        return user.admin() || user.expertId().filter(expert::equals).isPresent();
    }

    ExpertView view(Expert expert, CurrentUser user) {
        return view(expert, user, societyNames(expert.societyIds()));
    }

    ExpertView view(Expert expert, CurrentUser user, Map<UUID, String> societyNames) {
        boolean reveal = revealsPersonalData(expert.getId(), user);
        String phone = personal.decrypt(expert.getPhoneCipher());
        String idNumber = personal.decrypt(expert.getIdNumberCipher());
        return new ExpertView(expert.getId(), expert.getName(), expert.getGender(), expert.getBirthYear(),
                expert.getEmployer(), expert.getTitle(), expert.getTitleLevel(), expert.getTitleLevel().label(),
                expert.getCategory(), expert.getCategory().label(),
                expert.societyIds().stream().map(id -> new ExpertView.SocietyName(id, societyNames.get(id))).toList(),
                expert.getExpertise(), expert.status(),
                expert.getMemberships().stream().filter(Membership::active)
                        .map(m -> new ExpertView.PoolSeat(m.pool(), pools.name(m.pool()), m.admittedOn())).toList(),
                expert.isCommitteeMember(),
                reveal ? phone : PersonalData.maskPhone(phone),
                reveal ? idNumber : PersonalData.maskIdNumber(idNumber),
                reveal ? expert.getEmail() : PersonalData.maskEmail(expert.getEmail()),
                !reveal, expert.getCreatedAt(), expert.getUpdatedAt());
    }

    Map<UUID, String> societyNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        for (KnownSociety society : societies.findAllById(List.copyOf(ids))) {
            names.put(society.getId(), society.getName());
        }
        return names;
    }
}
