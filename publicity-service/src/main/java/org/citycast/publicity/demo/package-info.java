/**
 * Demo data for a local run ({@code platform.demo-data.enabled=true}), consistent with society-service's
 * demo register: once the two demo secretariats' societies have their sites (learnt from Kafka), their
 * introductions, a year of columns, profiles and society news in every workflow state, the member-day
 * and science-day campaigns, and two years of page views so that the report can state the growth.
 */
package org.citycast.publicity.demo;
