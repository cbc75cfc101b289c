/**
 * What funding knows of the societies: a read model kept from {@code society.events}, so that
 * grant rules can ask whether a society is in good standing without calling society-service.
 */
package org.citycast.funding.society;
