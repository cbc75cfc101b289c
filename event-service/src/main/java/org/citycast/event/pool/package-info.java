/**
 * The expert pool as event-service knows it from {@code expert.events}: speakers are pool experts
 * by reference, shown with their current name, title and employer; a reviewer's societies decide
 * which plans they must not rate.
 */
package org.citycast.event.pool;
