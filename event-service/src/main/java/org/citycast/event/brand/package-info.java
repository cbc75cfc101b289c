/**
 * The academic-hall brand (学术会堂): ADMIN brands chosen planned events as the year's numbered
 * sessions (第N期), numbered without gaps even when two ADMINs brand at the same moment.
 */
package org.citycast.event.brand;
