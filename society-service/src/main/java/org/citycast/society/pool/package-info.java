/**
 * The experts of the association's pools (科技专家库, 科普专家库), as expert-service reports them on
 * {@code expert.events}: a read model kept by an idempotent consumer, so that this service knows
 * who may be given a REVIEWER or EXPERT account, and tells its neighbours, through
 * {@link org.citycast.society.pool.ExpertLeftEveryPool}, when an expert is out of every pool.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.citycast.society.pool;

import org.springframework.modulith.ApplicationModule;
