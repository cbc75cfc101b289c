package org.citycast.society.evaluation;

/** Why a society may not be graded or chosen: a stable code for clients and a sentence for people. */
public record Reason(String code, String message) {
}
