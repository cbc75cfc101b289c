/**
 * The expert pools as {@code expert.events} describe them, public fields only: the experts a
 * society's sub-site shows, the pool experts talent profiles link to, and the pool sizes of the report.
 */
package org.citycast.publicity.pool;
