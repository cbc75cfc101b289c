/**
 * Demo data for a local run (`platform.demo-data.enabled=true`): this year's budget and call,
 * about forty applications in every state of their life, and financing links, loaded through the
 * application services (so the usual events go out) once the society read model knows the demo
 * register.
 */
package org.citycast.funding.demo;
