/**
 * Each society's activity, from what event-service reports on {@code event.events}, and the health
 * tier (健康状况) it implies. The rule ({@link org.citycast.society.activity.HealthRule}) looks at
 * the last twelve months (Asia/Shanghai): at least three events held as organiser or co-organiser
 * is sound and active; one or two, sound but weak; none held but signs of life (a plan filed, an
 * event published or cancelled) is incomplete, its activities not carried out normally; nothing at
 * all is dormant. A society event-service has never reported on keeps the tier ADMIN gave it.
 * ADMIN can still rate a tier by hand with a reason; that stands until the computed tier changes.
 */
@ApplicationModule(allowedDependencies = {"registration::register", "registration::lifecycle", "registration::events",
        "platform"})
package org.citycast.society.activity;

import org.springframework.modulith.ApplicationModule;
