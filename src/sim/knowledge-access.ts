/**
 * Who may see which knowledge item, by the user's sites (the spec: "All event data ...
 * will only contain data relevant to your logged in user - based on the user's access
 * rights & assigned sites"). A connection fits `Viewer` as it is.
 */

import type { AutoResponseRecord, ArticleRecord, DocumentRecord, SkillRecord, World } from './world.js';

export interface Viewer {
  readonly username: string;
  readonly siteKeys: readonly number[];
}

function sharesSite(viewer: Viewer, siteKeys: readonly number[]): boolean {
  return siteKeys.some((key) => viewer.siteKeys.includes(key));
}

function sameUser(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Shared auto-responses by site; one without sites is private to its owner. */
export function canSeeAutoResponse(viewer: Viewer, response: AutoResponseRecord): boolean {
  if (response.siteKeys.length === 0) return sameUser(response.ownerUsername, viewer.username);
  return sharesSite(viewer, response.siteKeys);
}

export function canSeeArticle(viewer: Viewer, article: ArticleRecord): boolean {
  return sharesSite(viewer, article.siteKeys);
}

/** Skills by site; a skill without sites belongs to every site. */
export function canSeeSkill(viewer: Viewer, skill: SkillRecord): boolean {
  return skill.siteKeys.length === 0 || sharesSite(viewer, skill.siteKeys);
}

/**
 * A visitor's upload belongs to its site; a user's file (SiteKey 0) to every site its
 * creator has, so whoever shares a site with the creator sees it.
 */
export function canSeeDocument(world: World, viewer: Viewer, document: DocumentRecord): boolean {
  if (document.siteKey !== 0) return viewer.siteKeys.includes(document.siteKey);
  if (sameUser(document.createdByUser, viewer.username)) return true;
  const creator = world.account(document.createdByUser);
  return creator === undefined ? viewer.siteKeys.length > 0 : sharesSite(viewer, creator.siteKeys);
}

/** An item for some skills matches a request for others when they share one; blank on either side matches all. */
export function skillsMatch(itemSkillIds: readonly string[], wanted: readonly string[]): boolean {
  if (itemSkillIds.length === 0 || wanted.length === 0) return true;
  return itemSkillIds.some((id) => wanted.includes(id));
}

/** The ids plus every descendant in an Id/ParentId tree, parents before children. */
export function withDescendants(items: readonly { id: string; parentId: string }[], ids: readonly string[]): string[] {
  const result: string[] = [];
  const pending = [...ids];
  while (pending.length > 0) {
    const id = pending.shift() as string;
    if (result.includes(id)) continue;
    result.push(id);
    for (const item of items) if (item.parentId === id) pending.push(item.id);
  }
  return result;
}
