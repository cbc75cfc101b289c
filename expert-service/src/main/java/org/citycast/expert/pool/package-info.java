/**
 * The expert pools (科技专家库, 科普专家库): expert profiles, a society's nomination of an expert
 * to a pool, the committee's votes and ADMIN's decision under each pool's admission rules
 * (configuration, {@code platform.pools}), leaving and removal with the history kept, search,
 * and the xlsx import and export of the roster. Publishes {@code ExpertAdmitted},
 * {@code ExpertProfileChanged} and {@code ExpertLeftPool}; its {@link org.citycast.expert.pool.ExpertService}
 * tells the other features who an expert is (societies, employer, category) for recusal and authorship.
 */
package org.citycast.expert.pool;
