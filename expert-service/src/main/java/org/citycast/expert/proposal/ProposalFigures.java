package org.citycast.expert.proposal;

/** A year's proposals: filed, forwarded to the leadership, and adopted wholly or in part. */
public record ProposalFigures(long filed, long forwarded, long adopted) {
}
