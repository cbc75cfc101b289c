package org.citycast.expert.platform;

import org.springframework.http.HttpStatus;

/**
 * A request the domain refuses. Its status tells the client why: 404 for something that is not
 * there (or not theirs to see), 409 for a transition the rules forbid, 400 for a field the rules
 * reject, 403 for a write outside the caller's own society.
 */
public class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    private DomainException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(HttpStatus.NOT_FOUND, null, what + " " + id + " was not found.");
    }

    public static DomainException conflict(String reason) {
        return new DomainException(HttpStatus.CONFLICT, null, reason);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(HttpStatus.BAD_REQUEST, field, message);
    }

    public static DomainException forbidden(String reason) {
        return new DomainException(HttpStatus.FORBIDDEN, null, reason);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
