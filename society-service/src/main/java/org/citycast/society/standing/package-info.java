/**
 * "Can go up, can go down" (能上能下): a daily evaluation finds active societies that missed
 * annual inspection two years running or are dormant, drafts the disqualification letter
 * (发函解除资格), and ADMIN confirms (the society is disqualified) or dismisses the case.
 * A society has at most one open case; grounds ADMIN dismissed are not raised again, new grounds are.
 */
package org.citycast.society.standing;
