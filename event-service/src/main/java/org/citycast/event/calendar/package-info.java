/** iCalendar feeds of published events, overall and per society, for anyone's calendar application. */
package org.citycast.event.calendar;
