/**
 * What funding knows of the experts who review grants: a read model kept from
 * {@code expert.events} with each expert's employer and the societies they belong to, which is
 * all recusal needs.
 */
package org.citycast.funding.expert;
