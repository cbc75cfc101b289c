/** What the printed documents share: the Chinese font they embed (display boards, the work report). */
package org.citycast.publicity.print;
