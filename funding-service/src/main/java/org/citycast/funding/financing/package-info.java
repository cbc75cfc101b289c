/**
 * Financing links (科技金融对接): partnerships between a society and a financial institution —
 * a tech-transfer fund, an incubator, a maker space, a loan — with the amount where there is one
 * and their dates. A secretary records their own society's; ADMIN any society's.
 */
package org.citycast.funding.financing;
