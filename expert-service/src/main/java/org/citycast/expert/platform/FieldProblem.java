package org.citycast.expert.platform;

/**
 * One rejected field of a request or message: its name (a path such as {@code rows[3].creditCode}
 * for tables) and why. Problem responses list these as {@code errors: [{field, message}]}.
 */
public record FieldProblem(String field, String message) {
}
