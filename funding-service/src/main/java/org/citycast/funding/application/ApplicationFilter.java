package org.citycast.funding.application;

import java.util.UUID;

import org.citycast.funding.catalogue.ActivityTag;

/**
 * What a list of applications is narrowed to. {@code q} matches any part of the title or the
 * society's name; {@code overdue} asks for grants whose final report is past its deadline.
 */
record ApplicationFilter(Integer year, UUID callId, GrantStatus status, UUID societyId, String category,
        String subItem, ActivityTag tag, Boolean overdue, String q) {
}
