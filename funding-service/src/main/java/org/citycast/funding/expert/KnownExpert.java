package org.citycast.funding.expert;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An expert as this service last heard of them from expert-service. */
@Table("known_expert")
class KnownExpert {

    @Id
    private final UUID id;
    private String name;
    private String employer;
    private boolean inPool;
    @MappedCollection(idColumn = "expert_id")
    private Set<ExpertSociety> societies;
    private Instant asOf;
    @Version
    private Long version;

    KnownExpert(UUID id, String name, String employer, boolean inPool, Set<ExpertSociety> societies, Instant asOf,
            Long version) {
        this.id = id;
        this.name = name;
        this.employer = employer;
        this.inPool = inPool;
        this.societies = societies == null ? new HashSet<>() : new HashSet<>(societies);
        this.asOf = asOf;
        this.version = version;
    }

    static KnownExpert first(UUID id) {
        return new KnownExpert(id, null, null, false, Set.of(), Instant.EPOCH, null);
    }

    boolean isNewerThanUs(Instant eventTime) {
        return !eventTime.isBefore(asOf);
    }

    void describe(String name, String employer, Set<UUID> societies, boolean inPool, Instant eventTime) {
        this.name = name;
        this.employer = employer;
        this.societies = new HashSet<>(societies.stream().map(ExpertSociety::new).toList());
        this.inPool = inPool;
        this.asOf = eventTime;
    }

    ExpertProfile profile() {
        return new ExpertProfile(id, name, employer, societies.stream().map(ExpertSociety::societyId)
                .collect(Collectors.toUnmodifiableSet()), inPool, asOf);
    }

    UUID getId() {
        return id;
    }
}
