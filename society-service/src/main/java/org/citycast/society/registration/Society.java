package org.citycast.society.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.society.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A society (学会) on the association's register, from its founding application to its
 * deregistration. Every change of status goes through {@link #moveTo}, which enforces the
 * lifecycle in {@link SocietyStatus}.
 */
@Table("society")
@NamedInterface("register")
public class Society {

    @Id
    private final UUID id;
    private String name;
    private String shortName;
    private DisciplineCategory disciplineCategory;
    private String hostUnit;
    private SocietyStatus status;
    private DeregistrationStage deregistrationStage;
    private String statusReason;
    private HealthTier healthTier;
    private String creditCode;
    private LocalDate registeredOn;
    private LocalDate foundedOn;
    private LocalDate joinedOn;
    private Integer individualMembers;
    private Integer unitMembers;
    private BigDecimal assets;
    private String address;
    private String legalRepresentative;
    private int termYears;
    private SocietyOrigin origin;
    private String importReason;
    private String website;
    private String description;
    @Embedded.Nullable(prefix = "party_")
    private PartyOrganisation party;
    @MappedCollection(idColumn = "society_id", keyColumn = "position_index")
    private List<Leader> leaders;
    @MappedCollection(idColumn = "society_id", keyColumn = "position_index")
    private List<Contact> contacts;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    Society(UUID id, String name, String shortName, DisciplineCategory disciplineCategory, String hostUnit,
            SocietyStatus status, DeregistrationStage deregistrationStage, String statusReason, HealthTier healthTier,
            String creditCode, LocalDate registeredOn, LocalDate foundedOn, LocalDate joinedOn,
            Integer individualMembers, Integer unitMembers, BigDecimal assets, String address,
            String legalRepresentative, int termYears, SocietyOrigin origin, String importReason, String website,
            String description, PartyOrganisation party, List<Leader> leaders, List<Contact> contacts,
            Instant createdAt, Instant updatedAt, Long version) {
        this.id = id;
        this.name = name;
        this.shortName = shortName;
        this.disciplineCategory = disciplineCategory;
        this.hostUnit = hostUnit;
        this.status = status;
        this.deregistrationStage = deregistrationStage;
        this.statusReason = statusReason;
        this.healthTier = healthTier;
        this.creditCode = creditCode;
        this.registeredOn = registeredOn;
        this.foundedOn = foundedOn;
        this.joinedOn = joinedOn;
        this.individualMembers = individualMembers;
        this.unitMembers = unitMembers;
        this.assets = assets;
        this.address = address;
        this.legalRepresentative = legalRepresentative;
        this.termYears = termYears;
        this.origin = origin;
        this.importReason = importReason;
        this.website = website;
        this.description = description;
        this.party = party;
        this.leaders = leaders == null ? new ArrayList<>() : new ArrayList<>(leaders);
        this.contacts = contacts == null ? new ArrayList<>() : new ArrayList<>(contacts);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    private static Society create(UUID id, SocietyProfile profile, SocietyStatus status, SocietyOrigin origin,
            Instant now) {
        var society = new Society(id, null, null, null, null, status, null, null, HealthTier.SOUND_ACTIVE, null, null,
                null, null, null, null, null, null, null, 5, origin, null, null, null, PartyOrganisation.NONE, List.of(),
                List.of(), now, now, null);
        society.setProfile(profile, now);
        return society;
    }

    /**
     * A society of the register as it stood before the platform, imported by ADMIN with a reason:
     * already a member, so it passes no gate; its record says it was imported and why.
     */
    static Society imported(UUID id, SocietyProfile profile, ImportedFacts facts, LocalDate today, Instant now) {
        Society society = create(id, profile, SocietyStatus.ACTIVE, SocietyOrigin.IMPORTED, now);
        society.importReason = facts.reason().strip();
        society.creditCode = facts.creditCode();
        society.registeredOn = facts.registeredOn();
        society.joinedOn = facts.joinedOn() != null ? facts.joinedOn() : today;
        society.healthTier = facts.healthTier() != null ? facts.healthTier() : HealthTier.SOUND_ACTIVE;
        society.party = facts.party() != null ? facts.party() : PartyOrganisation.NONE;
        return society;
    }

    /** A founding application (申请成立), written before the society exists in law. */
    static Society draft(UUID id, SocietyProfile profile, Instant now) {
        return create(id, profile, SocietyStatus.DRAFT, SocietyOrigin.FOUNDED, now);
    }

    /** A society registered under another bureau, transferring to the association. */
    static Society transferring(UUID id, SocietyProfile profile, String creditCode, LocalDate registeredOn,
            PartyOrganisation party, Instant now) {
        Society society = create(id, profile, SocietyStatus.JOINING, SocietyOrigin.TRANSFERRED, now);
        society.creditCode = creditCode;
        society.registeredOn = registeredOn;
        society.party = party == null ? PartyOrganisation.NONE : party;
        return society;
    }

    /** The secretariat's own part: how to reach it and how it presents itself. */
    void editSecretariat(SecretariatDetails details, Instant now) {
        requireOpen();
        this.address = details.address();
        this.website = details.website();
        this.description = details.description();
        this.contacts = details.contacts() == null ? new ArrayList<>() : new ArrayList<>(details.contacts());
        this.updatedAt = now;
    }

    /** The applicant rewrites its founding application while it is still a draft. */
    void editApplication(SocietyProfile profile, Instant now) {
        if (status != SocietyStatus.DRAFT) {
            throw DomainException.conflict("The founding application is " + status
                    + "; it can be edited only while it is a draft (returned applications are drafts again).");
        }
        setProfile(profile, now);
    }

    /** ADMIN's correction of the record, at any status: the only change a closed record accepts. */
    void correct(SocietyProfile profile, Instant now) {
        setProfile(profile, now);
    }

    private void setProfile(SocietyProfile profile, Instant now) {
        this.name = profile.name().strip();
        this.shortName = profile.shortName() == null || profile.shortName().isBlank() ? null
                : profile.shortName().strip();
        this.disciplineCategory = profile.disciplineCategory();
        this.hostUnit = profile.hostUnit();
        this.foundedOn = profile.foundedOn();
        this.individualMembers = profile.individualMembers();
        this.unitMembers = profile.unitMembers();
        this.assets = profile.assets() == null ? null : profile.assets().setScale(2);
        this.address = profile.address();
        this.legalRepresentative = profile.legalRepresentative();
        if (profile.termYears() != null) {
            this.termYears = profile.termYears();
        }
        this.website = profile.website();
        this.description = profile.description();
        if (profile.contacts() != null) {
            this.contacts = new ArrayList<>(profile.contacts());
        }
        this.updatedAt = now;
    }

    void submit(Instant now) {
        requireForFounding(individualMembers, "individualMembers");
        requireForFounding(unitMembers, "unitMembers");
        requireForFounding(assets, "assets");
        requireForFounding(legalRepresentative, "legalRepresentative");
        requireForFounding(address, "address");
        moveTo(SocietyStatus.SUBMITTED, null, now);
    }

    void returnToDraft(String reason, Instant now) {
        moveTo(SocietyStatus.DRAFT, reason, now);
    }

    /**
     * The association's pre-approval as business supervisory unit, refused unless the founding
     * thresholds are met and the party organisation is set up: civil affairs' registration, which
     * follows, makes the society a member, so the party-building gate is passed here.
     */
    void preApprove(FoundingThresholds thresholds, Instant now) {
        if (status == SocietyStatus.SUBMITTED) {
            List<String> unmet = new ArrayList<>(thresholds.unmetBy(individualMembers, unitMembers, assets));
            if (!getParty().setUp()) {
                unmet.add("the party organisation is not set up yet (standalone, joint or an instructor assigned)");
            }
            if (!unmet.isEmpty()) {
                throw DomainException.conflict("Cannot pre-approve: " + String.join("; ", unmet) + ".");
            }
        }
        moveTo(SocietyStatus.PRE_APPROVED, null, now);
    }

    /** Civil affairs registered the society and issued its credit code: it is now a member society. */
    void registered(String creditCode, LocalDate certificateDate, Instant now) {
        if (status != SocietyStatus.PRE_APPROVED) {
            throw DomainException.conflict("A society that is " + status
                    + " cannot be registered by civil affairs; only a pre-approved founding can.");
        }
        moveTo(SocietyStatus.ACTIVE, null, now);
        this.creditCode = creditCode;
        this.registeredOn = certificateDate;
        this.joinedOn = certificateDate;
    }

    /**
     * A transferring society joins through the party-building gate (党建门槛) or not at all. A
     * founding becomes a member only when civil affairs registers it, never by joining.
     */
    void join(LocalDate today, Instant now) {
        if (status == SocietyStatus.PRE_APPROVED) {
            throw DomainException.conflict("A pre-approved founding becomes a member when civil affairs registers it "
                    + "and issues its credit code; it does not join.");
        }
        if (status == SocietyStatus.JOINING && !getParty().setUp()) {
            throw DomainException.conflict(
                    "Cannot join: the society has no party organisation yet (standalone, joint or an instructor assigned).");
        }
        moveTo(SocietyStatus.ACTIVE, null, now);
        this.joinedOn = today;
    }

    void changeParty(PartyOrganisation party, Instant now) {
        requireOpen();
        this.party = party;
        this.updatedAt = now;
    }

    void rateHealth(HealthTier tier, Instant now) {
        requireOpen();
        this.healthTier = tier;
        this.updatedAt = now;
    }

    void disqualify(String reason, Instant now) {
        moveTo(SocietyStatus.DISQUALIFIED, reason, now);
    }

    void resolveToDissolve(String reason, Instant now) {
        moveTo(SocietyStatus.DEREGISTERING, reason, now);
        this.deregistrationStage = DeregistrationStage.RESOLVED;
    }

    void liquidated(Instant now) {
        advanceDeregistration(DeregistrationStage.RESOLVED, DeregistrationStage.LIQUIDATED, now);
    }

    void consentToDeregistration(Instant now) {
        advanceDeregistration(DeregistrationStage.LIQUIDATED, DeregistrationStage.CONSENTED, now);
    }

    void deregistered(Instant now) {
        if (status == SocietyStatus.DEREGISTERING && deregistrationStage != DeregistrationStage.CONSENTED) {
            throw DomainException.conflict("Cannot confirm deregistration before the association has consented (stage is "
                    + deregistrationStage + ").");
        }
        moveTo(SocietyStatus.DEREGISTERED, null, now);
    }

    void replaceLeaders(List<Leader> leaders, Instant now) {
        requireOpen();
        this.leaders = new ArrayList<>(leaders);
        this.updatedAt = now;
    }

    private void advanceDeregistration(DeregistrationStage from, DeregistrationStage to, Instant now) {
        if (status != SocietyStatus.DEREGISTERING || deregistrationStage != from) {
            throw DomainException.conflict("Deregistration cannot move to " + to + " from "
                    + (status == SocietyStatus.DEREGISTERING ? deregistrationStage : status) + "; it must be " + from + ".");
        }
        this.deregistrationStage = to;
        this.updatedAt = now;
    }

    private void moveTo(SocietyStatus next, String reason, Instant now) {
        if (!status.mayMoveTo(next)) {
            throw DomainException.conflict("A society that is " + status + " cannot become " + next + ".");
        }
        this.status = next;
        this.statusReason = reason;
        this.updatedAt = now;
        if (next != SocietyStatus.DEREGISTERING) {
            this.deregistrationStage = null;
        }
    }

    /** Disqualified and deregistered societies' records are closed: only ADMIN's correction changes them. */
    boolean closed() {
        return status == SocietyStatus.DISQUALIFIED || status == SocietyStatus.DEREGISTERED;
    }

    private void requireOpen() {
        if (closed()) {
            throw DomainException.conflict("The society is " + status
                    + "; its record is closed and only an ADMIN correction with a reason changes it.");
        }
    }

    private static void requireForFounding(Object value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "is required before a founding application can be submitted");
        }
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public DisciplineCategory getDisciplineCategory() {
        return disciplineCategory;
    }

    public String getHostUnit() {
        return hostUnit;
    }

    public SocietyStatus getStatus() {
        return status;
    }

    public DeregistrationStage getDeregistrationStage() {
        return deregistrationStage;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public HealthTier getHealthTier() {
        return healthTier;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public Integer getIndividualMembers() {
        return individualMembers;
    }

    public Integer getUnitMembers() {
        return unitMembers;
    }

    public BigDecimal getAssets() {
        return assets;
    }

    public String getAddress() {
        return address;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public int getTermYears() {
        return termYears;
    }

    public SocietyOrigin getOrigin() {
        return origin;
    }

    public String getImportReason() {
        return importReason;
    }

    public String getWebsite() {
        return website;
    }

    public String getDescription() {
        return description;
    }

    /** Closed to every change but ADMIN's correction: disqualified or deregistered. */
    public boolean isClosed() {
        return closed();
    }

    public PartyOrganisation getParty() {
        return party == null ? PartyOrganisation.NONE : party;
    }

    public List<Leader> getLeaders() {
        return List.copyOf(leaders);
    }

    public List<Contact> getContacts() {
        return List.copyOf(contacts);
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
