package org.citycast.funding.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A call for applications: who may apply for what, when, and for how much at most. */
@Table("grant_call")
class GrantCall {

    @Id
    private final UUID id;
    private int year;
    private String title;
    private String description;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private BigDecimal maxPerGrant;
    @MappedCollection(idColumn = "call_id")
    private Set<CallCategory> categories;
    @MappedCollection(idColumn = "call_id", keyColumn = "position_index")
    private List<Criterion> rubric;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @SuppressWarnings("java:S107")
    GrantCall(UUID id, int year, String title, String description, LocalDate opensOn, LocalDate closesOn,
            BigDecimal maxPerGrant, Set<CallCategory> categories, List<Criterion> rubric, Instant createdAt,
            Instant updatedAt, Long version) {
        this.id = id;
        this.year = year;
        this.title = title;
        this.description = description;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.maxPerGrant = maxPerGrant;
        this.categories = categories == null ? new HashSet<>() : new HashSet<>(categories);
        this.rubric = rubric == null ? new ArrayList<>() : new ArrayList<>(rubric);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static GrantCall open(UUID id, CallTerms terms, Instant now) {
        GrantCall call = new GrantCall(id, 0, null, null, null, null, null, null, null, now, now, null);
        call.describe(terms, now);
        return call;
    }

    void describe(CallTerms terms, Instant now) {
        this.year = terms.year();
        this.title = terms.title().strip();
        this.description = terms.description();
        this.opensOn = terms.opensOn();
        this.closesOn = terms.closesOn();
        this.maxPerGrant = terms.maxPerGrant().setScale(2);
        this.categories = new HashSet<>(terms.categories().stream().map(CallCategory::new).toList());
        this.rubric = new ArrayList<>(terms.rubric());
        this.updatedAt = now;
    }

    CallStatus statusOn(LocalDate day) {
        if (day.isBefore(opensOn)) {
            return CallStatus.UPCOMING;
        }
        return day.isAfter(closesOn) ? CallStatus.CLOSED : CallStatus.OPEN;
    }

    UUID getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    BigDecimal getMaxPerGrant() {
        return maxPerGrant;
    }

    Set<CallCategory> getCategories() {
        return categories;
    }

    List<Criterion> getRubric() {
        return rubric;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
