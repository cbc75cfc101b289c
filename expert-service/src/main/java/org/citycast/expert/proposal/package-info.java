/**
 * Expert advice express (科技专家建议直通车): proposals by pool experts (title, summary, topic,
 * co-authors, attached files), forwarded to the city's leadership by ADMIN, with the leadership's
 * feedback and an adoption status, counted per year. Publishes {@code ProposalAdopted}.
 */
package org.citycast.expert.proposal;
