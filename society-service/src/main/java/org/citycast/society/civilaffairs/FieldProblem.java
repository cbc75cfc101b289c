package org.citycast.society.civilaffairs;

/** What is wrong with one field of a message, as problem responses name it. */
record FieldProblem(String field, String message) {
}
