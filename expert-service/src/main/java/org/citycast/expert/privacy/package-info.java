/**
 * Personal data (phone and ID numbers of experts, the contact of people who object to a public
 * notice): encrypted at rest with AES-GCM (Spring Security's {@code Encryptors}), a keyed digest
 * for finding the same ID number again, and the masks shown to everyone but ADMIN and the person
 * themself. Never logged, never put in an event.
 */
package org.citycast.expert.privacy;
