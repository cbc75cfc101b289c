package org.citycast.expert.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citycast.expert.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A proposal to the city's leadership: filed by experts, forwarded by ADMIN, answered with feedback. */
@Table("proposal")
public class Proposal {

    public enum Status {
        FILED, FORWARDED, ANSWERED
    }

    @Id
    private UUID id;
    private int year;
    private String title;
    private String summary;
    private String topic;
    private Status status;
    private UUID filedBy;
    private Instant filedAt;
    private String forwardedTo;
    private String forwardedBy;
    private Instant forwardedAt;
    private String feedback;
    private Adoption adoption;
    private Instant answeredAt;
    @MappedCollection(idColumn = "proposal_id", keyColumn = "position_index")
    private List<Author> authors;
    @Version
    private Long version;

    Proposal() {
    }

    static Proposal file(UUID id, int year, String title, String summary, String topic, List<Author> authors,
            Instant now) {
        Proposal proposal = new Proposal();
        proposal.id = id;
        proposal.year = year;
        proposal.title = title.strip();
        proposal.summary = summary.strip();
        proposal.topic = topic.strip();
        proposal.status = Status.FILED;
        proposal.filedBy = authors.get(0).expertId();
        proposal.filedAt = now;
        proposal.authors = new ArrayList<>(authors);
        return proposal;
    }

    void forward(String to, String by, Instant now) {
        if (status != Status.FILED) {
            throw DomainException.conflict("The proposal is " + status + "; only a FILED one is forwarded.");
        }
        this.status = Status.FORWARDED;
        this.forwardedTo = to.strip();
        this.forwardedBy = by;
        this.forwardedAt = now;
    }

    void answer(String feedback, Adoption adoption, Instant now) {
        if (status != Status.FORWARDED) {
            throw DomainException.conflict("The proposal is " + status
                    + "; feedback is recorded once it has been forwarded, and once.");
        }
        this.status = Status.ANSWERED;
        this.feedback = feedback.strip();
        this.adoption = adoption;
        this.answeredAt = now;
    }

    public boolean hasAuthor(UUID expert) {
        return authors.stream().anyMatch(a -> a.expertId().equals(expert));
    }

    public UUID getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getTopic() {
        return topic;
    }

    public Status getStatus() {
        return status;
    }

    public UUID getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getForwardedTo() {
        return forwardedTo;
    }

    public Instant getForwardedAt() {
        return forwardedAt;
    }

    public String getFeedback() {
        return feedback;
    }

    public Adoption getAdoption() {
        return adoption;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public List<Author> getAuthors() {
        return List.copyOf(authors);
    }

    public Long getVersion() {
        return version;
    }
}
