package org.citycast.event.registration;

/** ADMITTED holds a place; WAITING is on the waiting list; CANCELLED gave up (or never got) a place. */
public enum RegistrationStatus {
    ADMITTED, WAITING, CANCELLED
}
