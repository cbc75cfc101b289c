/**
 * What expert-service knows of the societies: a read model kept from {@code society.events}, so that
 * nominations come only from societies in good standing, without calling society-service.
 */
package org.citycast.expert.society;
