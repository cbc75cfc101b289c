package org.citycast.publicity.platform;

import java.util.List;

/**
 * A request the domain refuses, in the domain's terms: the thing is not there (or not the caller's
 * to see), the rules forbid the step, a field breaks a rule, or the caller may not touch this
 * society's data. Only the web layer ({@link ProblemHandling}) turns the kind into an HTTP status.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        NOT_FOUND, CONFLICT, INVALID, FORBIDDEN
    }

    private final Kind kind;
    private final List<FieldProblem> problems;

    private DomainException(Kind kind, List<FieldProblem> problems, String message) {
        super(message);
        this.kind = kind;
        this.problems = problems;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, List.of(), what + " " + id + " was not found.");
    }

    public static DomainException conflict(String reason) {
        return new DomainException(Kind.CONFLICT, List.of(), reason);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, List.of(new FieldProblem(field, message)), field + ": " + message);
    }

    /** Several fields rejected at once, e.g. the bad rows of an import. */
    public static DomainException invalid(String summary, List<FieldProblem> problems) {
        return new DomainException(Kind.INVALID, List.copyOf(problems), summary);
    }

    public static DomainException forbidden(String reason) {
        return new DomainException(Kind.FORBIDDEN, List.of(), reason);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
