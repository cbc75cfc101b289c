package org.citycast.funding.review;

import org.springframework.data.relational.core.mapping.Table;

@Table("review_score")
record CriterionScore(String criterion, int score) {
}
