/**
 * What publicity-service knows of the societies: a read model kept from {@code society.events}, so that
 * each society's sub-site shows its current name and standing, without calling society-service.
 */
package org.citycast.publicity.society;
