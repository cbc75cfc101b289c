/**
 * Articles and talent profiles in columns (科技工作者风采, 科协之光, 科协之窗, 学会动态 and those ADMIN
 * adds), the channels each ran in and the campaigns they belong to. Workflow: draft, in review,
 * published, archived; a secretary drafts news for its own society's sub-site and an EDITOR approves
 * it. Rich text is sanitised on the way in; images are stored with their article after a size and
 * type check.
 */
package org.citycast.publicity.content;
