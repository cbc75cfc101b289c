package org.citycast.publicity.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request the domain refuses. Its status tells the client why: 404 for something that is not
 * there (or not theirs to see), 409 for a transition the rules forbid, 400 for a field the rules
 * reject, 403 for a write outside the caller's own society.
 */
public class DomainException extends RuntimeException {

    /** One rejected field: its name (a path such as {@code rows[3].creditCode} for tables) and why. */
    public record Violation(String field, String message) {
    }

    private final HttpStatus status;
    private final List<Violation> violations;

    private DomainException(HttpStatus status, List<Violation> violations, String message) {
        super(message);
        this.status = status;
        this.violations = violations;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(HttpStatus.NOT_FOUND, List.of(), what + " " + id + " was not found.");
    }

    public static DomainException conflict(String reason) {
        return new DomainException(HttpStatus.CONFLICT, List.of(), reason);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(HttpStatus.BAD_REQUEST, List.of(new Violation(field, message)), field + ": " + message);
    }

    /** Several fields rejected at once, e.g. the bad rows of an import. */
    public static DomainException invalid(String summary, List<Violation> violations) {
        return new DomainException(HttpStatus.BAD_REQUEST, List.copyOf(violations), summary);
    }

    public static DomainException forbidden(String reason) {
        return new DomainException(HttpStatus.FORBIDDEN, List.of(), reason);
    }

    public HttpStatus status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }
}
