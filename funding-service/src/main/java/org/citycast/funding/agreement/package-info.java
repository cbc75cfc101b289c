/**
 * After approval: the grant agreement (资助协议) with its tranches and the final report's due
 * date, and the payment of each tranche out of the committed money.
 */
package org.citycast.funding.agreement;
