/**
 * Registration (报名): public or by invitation, a form, capacity with a waiting list promoted
 * automatically, cancellation through a secret link, a ticket code and its QR image. Sign-ups to
 * one event or sub-forum are serialised on its quota row, so it is never oversold.
 */
package org.citycast.event.registration;
