/**
 * What the association funds: categories (学术和科技交流, 公共服务, 学会建设) and their sub-items
 * (学术年会, 科普活动 ...), edited by ADMIN, and the tags the work report counts grants by.
 */
package org.citycast.funding.catalogue;
