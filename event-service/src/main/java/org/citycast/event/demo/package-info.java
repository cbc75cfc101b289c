/**
 * Demo data for local runs ({@code platform.demo-data.enabled=true}), consistent with
 * society-service's demo register: this year's plans of several demo societies, branded
 * academic-hall sessions, events held in the past months (so that society-service's health tiers
 * follow), an outreach event with its beneficiaries, and today's large annual meeting with
 * sub-forums, a few hundred registrations and some people checked in.
 */
package org.citycast.event.demo;
