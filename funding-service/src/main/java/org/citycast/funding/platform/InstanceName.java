package org.citycast.funding.platform;

/**
 * This instance's name ({@code platform.instance-name}, else pid@host), as the lock rows and
 * whatever records which instance did a piece of work show it.
 */
public record InstanceName(String value) {
}
