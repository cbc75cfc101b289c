package org.citycast.society.civilaffairs;

import org.citycast.society.platform.FieldProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.citycast.society.platform.AssociationTime;
import org.citycast.society.platform.DomainException;
import org.citycast.society.registration.SocietyRegister;
import org.citycast.society.registration.Society;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives civil affairs' messages exactly once each and applies them in the order the register
 * allows. A message is kept by its sender's {@code messageId} before anything else happens, so a
 * repeat is answered from the inbox. A valid message is kept WAITING and the society's waiting
 * messages are then settled, newest first: one whose society is ready is applied, one that came
 * too early keeps waiting (it is tried again when the society changes and on a schedule), and one
 * older than an applied message about the same thing is SUPERSEDED, so an old message never
 * undoes a newer one. Invalid messages are kept REJECTED for ADMIN.
 */
@Service
class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    /** Advisory-lock namespace: one society's messages are settled by one transaction at a time. */
    private static final int LOCK_CLASS = 0x43495641;
    static final int MAX_MESSAGE_ID_LENGTH = 100;
    private static final int SOCIETIES_PER_ROUND = 100;
    /** How far ahead of this service's clock the sender's may be. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final InboxMessages messages;
    private final Map<MessageKind, MessageHandler<?>> handlers = new EnumMap<>(MessageKind.class);
    private final SocietyRegister register;
    private final JsonMapper json;
    private final Validator validator;
    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Inbox(InboxMessages messages, List<MessageHandler<?>> handlers, SocietyRegister register, JsonMapper json,
            Validator validator, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.messages = messages;
        handlers.forEach(handler -> this.handlers.put(handler.kind(), handler));
        this.register = register;
        this.json = json;
        this.validator = validator;
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What became of a message, and whether this answer repeats an earlier one. */
    record Receipt(InboxEntry entry, boolean repeated) {
    }

    /** Keeps and, when the society is ready, applies a message; a repeat gets the kept answer. */
    @Transactional
    public Receipt receive(MessageKind kind, JsonNode body) {
        String messageId = messageId(body);
        Optional<InboxEntry> earlier = messages.find(messageId);
        if (earlier.isPresent()) {
            return repeat(earlier.get(), kind, body);
        }
        return receiveNew(handler(kind), messageId, body);
    }

    /** Settles the society's waiting messages; called when the society changed. */
    @Transactional
    public void retryWaiting(UUID societyId) {
        lock(societyId);
        settleWaiting(societyId);
    }

    /** The scheduled sweep: settles the waiting messages of every society, each society in its own transaction. */
    public void retryAllWaiting() {
        for (UUID societyId : messages.societiesWaiting(SOCIETIES_PER_ROUND)) {
            try {
                ownTransaction.executeWithoutResult(status -> retryWaiting(societyId));
            } catch (RuntimeException e) {
                log.warn("Waiting civil-affairs messages of society {} were not settled; next round tries again: {}",
                        societyId, e.toString());
            }
        }
    }

    @Transactional(readOnly = true)
    public Page<InboxEntry> list(InboxStatus status, UUID societyId, Pageable page) {
        return messages.list(status, societyId, page);
    }

    private <M extends InboundMessage> Receipt receiveNew(MessageHandler<M> handler, String messageId, JsonNode body) {
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        M message = parse(handler, body, problems);
        if (message != null) {
            problems.addAll(validate(handler, message));
        }
        if (!problems.isEmpty()) {
            String error = problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
            boolean added = messages.add(messageId, handler.kind(), message == null ? null : message.societyId(), null,
                    message == null ? null : message.sentAt(), body, now, InboxStatus.REJECTED, error, problems);
            return added ? new Receipt(messages.find(messageId).orElseThrow(), false)
                    : repeat(messages.find(messageId).orElseThrow(), handler.kind(), body);
        }
        lock(message.societyId());
        if (!messages.add(messageId, handler.kind(), message.societyId(), message.orderingKey(), message.sentAt(), body,
                now, InboxStatus.WAITING, null, List.of())) {
            return repeat(messages.find(messageId).orElseThrow(), handler.kind(), body);
        }
        settleWaiting(message.societyId());
        return new Receipt(messages.find(messageId).orElseThrow(), false);
    }

    private Receipt repeat(InboxEntry earlier, MessageKind kind, JsonNode body) {
        if (!messages.isSame(earlier.messageId(), kind, body)) {
            throw DomainException.conflict("messageId " + earlier.messageId()
                    + " was already used for a different message; give each message its own id.");
        }
        return new Receipt(earlier, true);
    }

    /** Settles waiting messages newest first; repeats while one applied, in case it readied another. */
    private void settleWaiting(UUID societyId) {
        boolean applied = true;
        for (int round = 0; applied && round < MessageKind.values().length; round++) {
            applied = false;
            for (InboxEntry waiting : messages.waitingOf(societyId)) {
                applied |= settle(handler(waiting.kind()), waiting);
            }
        }
    }

    /** Applies, supersedes, rejects or leaves waiting one message; true if it was applied. */
    private <M extends InboundMessage> boolean settle(MessageHandler<M> handler, InboxEntry waiting) {
        Instant now = clock.instant();
        M message = json.treeToValue(waiting.payload(), handler.type());
        Optional<String> newer = messages.newerApplied(message.societyId(), message.orderingKey(), message.sentAt());
        if (newer.isPresent()) {
            messages.settle(message.messageId(), InboxStatus.SUPERSEDED, now,
                    "message " + newer.get() + ", sent later, was already applied", List.of());
            return false;
        }
        Society society = register.get(message.societyId());
        Readiness readiness = handler.readiness(message, society);
        switch (readiness.state()) {
            case NOT_YET -> messages.stillWaiting(message.messageId(), readiness.reason());
            case IMPOSSIBLE -> {
                // at odds with the register: stale if a later message of the society was applied, else for ADMIN
                Optional<String> later = messages.newerApplied(message.societyId(), null, message.sentAt());
                messages.settle(message.messageId(), later.isPresent() ? InboxStatus.SUPERSEDED : InboxStatus.REJECTED,
                        now, readiness.reason() + later.map(id -> "; message " + id + ", sent later, was applied")
                                .orElse(""), List.of());
            }
            case READY -> {
                return apply(handler, message, now);
            }
        }
        return false;
    }

    /**
     * Applies in a savepoint: if the register refuses after all, only the attempt is undone and
     * the message is kept with the reason (a refused field rejects it; a refused transition leaves
     * it waiting, since the society may still get there).
     */
    private <M extends InboundMessage> boolean apply(MessageHandler<M> handler, M message, Instant now) {
        try {
            savepoint.executeWithoutResult(status -> handler.apply(message));
            messages.settle(message.messageId(), InboxStatus.APPLIED, now, null, List.of());
            return true;
        } catch (DomainException refused) {
            if (!refused.problems().isEmpty()) {
                messages.settle(message.messageId(), InboxStatus.REJECTED, now, refused.getMessage(),
                        refused.problems());
            } else {
                messages.stillWaiting(message.messageId(), refused.getMessage());
            }
        } catch (DataAccessException conflicting) {
            messages.settle(message.messageId(), InboxStatus.REJECTED, now,
                    "conflicts with the register: " + conflicting.getMostSpecificCause().getMessage(), List.of());
        }
        return false;
    }

    private <M extends InboundMessage> M parse(MessageHandler<M> handler, JsonNode body, List<FieldProblem> problems) {
        try {
            return json.treeToValue(body, handler.type());
        } catch (JacksonException wrongType) {
            String field = wrongType.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problems.add(new FieldProblem(field.isEmpty() ? "body" : field, "has a value of the wrong type or format"));
            return null;
        }
    }

    private <M extends InboundMessage> List<FieldProblem> validate(MessageHandler<M> handler, M message) {
        List<FieldProblem> problems = validator.validate(message).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .collect(Collectors.toCollection(ArrayList::new));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!register.exists(message.societyId())) {
            problems.add(new FieldProblem("societyId", "no society with this id is on the register"));
        }
        // a message dated far ahead would win over every later one
        if (message.sentAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("sentAt", "must not be in the future"));
        }
        problems.addAll(handler.check(message, AssociationTime.today(clock)));
        return problems;
    }

    private static String messageId(JsonNode body) {
        JsonNode id = body == null ? null : body.get("messageId");
        if (id == null || !id.isString() || id.asString().isBlank()) {
            throw DomainException.invalid("messageId", "is required: the sender's id of the message");
        }
        if (id.asString().length() > MAX_MESSAGE_ID_LENGTH) {
            throw DomainException.invalid("messageId", "must be at most " + MAX_MESSAGE_ID_LENGTH + " characters");
        }
        return id.asString();
    }

    private MessageHandler<?> handler(MessageKind kind) {
        MessageHandler<?> handler = handlers.get(kind);
        if (handler == null) {
            throw new IllegalStateException("No handler for " + kind);
        }
        return handler;
    }

    private void lock(UUID societyId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)")
                .params(LOCK_CLASS, societyId.hashCode())
                .query((rs, row) -> 1)
                .single();
    }
}
