package org.citycast.event.event;

/** Who may sign up: anyone, or only holders of an invitation code from the organiser. */
public enum RegistrationMode {
    PUBLIC, INVITATION
}
