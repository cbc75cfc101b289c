/**
 * What the other services tell publicity-service, read once per topic. Each topic has one listener
 * (its own consumer id) that checks the envelope against the topic's contract, deduplicates, reads the
 * few fields this service relies on into a typed record and publishes it in-process, in the same
 * transaction, to the features that keep read models ({@code site}, {@code pool}, {@code calendar},
 * {@code notice}, {@code content}, {@code report}). The fields relied on are listed in
 * {@code events/consumed.events.md}; the samples the tests feed live in {@code src/test/resources/events}.
 */
package org.citycast.publicity.inbound;
