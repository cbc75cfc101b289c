package org.citycast.expert.pool;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citycast.expert.platform.DomainException;
import org.citycast.expert.privacy.PersonalData;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An expert's profile and pool memberships. Phone and ID number are held only encrypted; the
 * memberships keep every admission and how it ended.
 */
@Table("expert")
public class Expert {

    @Id
    private UUID id;
    private String name;
    private Gender gender;
    private Integer birthYear;
    private String employer;
    private String title;
    private TitleLevel titleLevel;
    private Category category;
    private List<String> expertise;
    private String email;
    private String phoneCipher;
    private String idNumberCipher;
    private String idNumberDigest;
    private boolean committeeMember;
    private String searchText;
    @MappedCollection(idColumn = "expert_id")
    private Set<SocietyRef> societies;
    @MappedCollection(idColumn = "expert_id", keyColumn = "position_index")
    private List<Membership> memberships;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    Expert() {
    }

    static Expert create(UUID id, ExpertProfile profile, PersonalData personal, Instant now) {
        Expert expert = new Expert();
        expert.id = id;
        expert.memberships = new ArrayList<>();
        expert.createdAt = now;
        expert.describe(profile, personal, now);
        return expert;
    }

    void describe(ExpertProfile profile, PersonalData personal, Instant now) {
        this.name = profile.name().strip();
        this.gender = profile.gender();
        this.birthYear = profile.birthYear();
        this.employer = profile.employer().strip();
        this.title = profile.title().strip();
        this.titleLevel = profile.titleLevel();
        this.category = profile.category();
        this.expertise = new ArrayList<>(profile.expertise());
        this.email = blankToNull(profile.email());
        this.phoneCipher = personal.encrypt(blankToNull(profile.phone()));
        String idNumber = blankToNull(profile.idNumber());
        this.idNumberCipher = personal.encrypt(idNumber);
        this.idNumberDigest = personal.digest(idNumber);
        this.societies = new HashSet<>();
        profile.societies().forEach(society -> societies.add(new SocietyRef(society)));
        this.searchText = String.join(" ", name, employer, title, String.join(" ", expertise));
        this.updatedAt = now;
    }

    void admit(String pool, UUID nomination, LocalDate today, Instant now) {
        if (activeMembership(pool).isPresent()) {
            throw DomainException.conflict(name + " is already in pool " + pool + ".");
        }
        memberships.add(new Membership(pool, MembershipStatus.ACTIVE, today, null, null, nomination));
        this.updatedAt = now;
    }

    void end(String pool, MembershipStatus how, String reason, LocalDate today, Instant now) {
        Membership active = activeMembership(pool).orElseThrow(() -> DomainException.conflict(
                name + " is not in pool " + pool + "; only a current membership can end."));
        memberships.set(memberships.indexOf(active), active.ended(how, today, reason));
        this.updatedAt = now;
    }

    void appointToCommittee(boolean member, Instant now) {
        this.committeeMember = member;
        this.updatedAt = now;
    }

    Optional<Membership> activeMembership(String pool) {
        return memberships.stream().filter(m -> m.active() && m.pool().equals(pool)).findFirst();
    }

    public List<String> activePools() {
        return memberships.stream().filter(Membership::active).map(Membership::pool).distinct().toList();
    }

    public ExpertStatus status() {
        if (memberships.stream().anyMatch(Membership::active)) {
            return ExpertStatus.ADMITTED;
        }
        return memberships.isEmpty() ? ExpertStatus.CANDIDATE : ExpertStatus.FORMER;
    }

    /** Ever admitted: other services know of this expert (events went out). */
    boolean everAdmitted() {
        return !memberships.isEmpty();
    }

    public Set<UUID> societyIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        societies.stream().map(SocietyRef::societyId).sorted().forEach(ids::add);
        return ids;
    }

    /** The employer as compared for recusal: NFKC-normalised, without spaces, lower case. */
    public static String employerKey(String employer) {
        return employer == null ? "" : Normalizer.normalize(employer, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public String getEmployer() {
        return employer;
    }

    public String getTitle() {
        return title;
    }

    public TitleLevel getTitleLevel() {
        return titleLevel;
    }

    public Category getCategory() {
        return category;
    }

    public List<String> getExpertise() {
        return List.copyOf(expertise);
    }

    public String getEmail() {
        return email;
    }

    String getPhoneCipher() {
        return phoneCipher;
    }

    String getIdNumberCipher() {
        return idNumberCipher;
    }

    public boolean isCommitteeMember() {
        return committeeMember;
    }

    public List<Membership> getMemberships() {
        return List.copyOf(memberships);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }
}
