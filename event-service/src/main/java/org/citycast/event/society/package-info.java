/**
 * What event-service knows of the societies: a read model kept from {@code society.events}, so that
 * event plans come only from organisers in good standing, without calling society-service.
 */
package org.citycast.event.society;
