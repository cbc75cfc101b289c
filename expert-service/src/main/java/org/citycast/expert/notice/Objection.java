package org.citycast.expert.notice;

import java.time.Instant;
import java.util.UUID;

import org.citycast.expert.platform.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An objection to a nomination on public notice; the objector's name and phone are kept encrypted. */
@Table("objection")
public class Objection {

    public enum Status {
        OPEN, ANSWERED
    }

    @Id
    private UUID id;
    private UUID noticeId;
    private UUID nominationId;
    private String receipt;
    private String objectorNameCipher;
    private String objectorPhoneCipher;
    private String content;
    private Instant filedAt;
    private Status status;
    private Boolean upheld;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;
    @Version
    private Long version;

    Objection() {
    }

    static Objection file(UUID notice, UUID nomination, String receipt, String nameCipher, String phoneCipher,
            String content, Instant now) {
        Objection objection = new Objection();
        objection.id = UUID.randomUUID();
        objection.noticeId = notice;
        objection.nominationId = nomination;
        objection.receipt = receipt;
        objection.objectorNameCipher = nameCipher;
        objection.objectorPhoneCipher = phoneCipher;
        objection.content = content.strip();
        objection.filedAt = now;
        objection.status = Status.OPEN;
        return objection;
    }

    void answer(boolean upheld, String answer, String by, Instant now) {
        if (status != Status.OPEN) {
            throw DomainException.conflict("Objection " + receipt + " was answered on " + answeredAt
                    + "; an answer is given once.");
        }
        this.status = Status.ANSWERED;
        this.upheld = upheld;
        this.answer = answer.strip();
        this.answeredBy = by;
        this.answeredAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getNoticeId() {
        return noticeId;
    }

    public UUID getNominationId() {
        return nominationId;
    }

    public String getReceipt() {
        return receipt;
    }

    String getObjectorNameCipher() {
        return objectorNameCipher;
    }

    String getObjectorPhoneCipher() {
        return objectorPhoneCipher;
    }

    public String getContent() {
        return content;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public Status getStatus() {
        return status;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getVersion() {
        return version;
    }
}
