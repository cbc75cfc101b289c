/**
 * Public notices (公示) of awards, built from expert-service's {@code AwardPublicNoticeOpened}: who is
 * proposed and the window in which anyone may object. Objections themselves go to expert-service's
 * public endpoint, which owns them.
 */
package org.citycast.publicity.notice;
