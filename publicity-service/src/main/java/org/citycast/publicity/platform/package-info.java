/**
 * Cross-cutting plumbing every feature uses: security (roles and the society scope of a token),
 * RFC 9457 problem responses, and the Kafka side of the event outbox.
 */
package org.citycast.publicity.platform;
