/**
 * The society information platform (学会信息服务平台): the association's portal and a sub-site per
 * society, public server-rendered HTML under {@code /site}, opened when a society is registered and
 * kept in step from {@code society.events}; RSS per site; public notices and academic-hall
 * announcements; page views counted in memory and flushed in batches.
 */
package org.citycast.publicity.site;
