/**
 * The auto-response library as a tree (ParentId links), narrowed to what fits a chat and
 * to a search. A response with content can be inserted; one without is a folder.
 */
import type { AutoResponse } from '../../core/protocol/models.js';

export interface AutoResponseNode {
  readonly response: AutoResponse;
  readonly children: readonly AutoResponseNode[];
}

function bySortOrder(a: AutoResponse, b: AutoResponse): number {
  return (
    a.sortId.localeCompare(b.sortId, undefined, { numeric: true }) ||
    a.subject.localeCompare(b.subject)
  );
}

/** Responses for the chat's site: private ones (no sites) and those listing the site. */
function fitsSite(response: AutoResponse, siteKey: number): boolean {
  return response.siteKeys.length === 0 || siteKey === 0 || response.siteKeys.includes(siteKey);
}

/**
 * Builds the tree. A response whose parent is missing (deleted, or on another site)
 * becomes a root rather than disappearing, and so does a cycle in bad data.
 */
export function autoResponseTree(
  responses: Readonly<Record<string, AutoResponse>>,
  siteKey = 0,
): AutoResponseNode[] {
  const usable = Object.values(responses).filter((response) => fitsSite(response, siteKey));
  const ids = new Set(usable.map((response) => response.id));
  const children = new Map<string, AutoResponse[]>();
  const roots: AutoResponse[] = [];
  for (const response of usable) {
    const parent = response.parentId;
    if (parent === '' || parent === response.id || !ids.has(parent)) roots.push(response);
    else children.set(parent, [...(children.get(parent) ?? []), response]);
  }
  const visited = new Set<string>();
  const build = (response: AutoResponse): AutoResponseNode => {
    visited.add(response.id);
    const kids = (children.get(response.id) ?? [])
      .filter((child) => !visited.has(child.id))
      .sort(bySortOrder);
    return { response, children: kids.map(build) };
  };
  const tree = roots.sort(bySortOrder).map(build);
  // Responses caught in a parent cycle are reachable from no root: show them at the top.
  for (const response of usable.sort(bySortOrder)) {
    if (!visited.has(response.id)) tree.push(build(response));
  }
  return tree;
}

function matches(response: AutoResponse, words: readonly string[]): boolean {
  const haystack = `${response.subject}\n${response.content}\n${response.tag}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

function searchWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/u).filter((word) => word !== '');
}

/**
 * Keeps the nodes that match every word of the query (subject, content or tag) and the
 * folders leading to them. An empty query keeps everything.
 */
export function filterTree(nodes: readonly AutoResponseNode[], query: string): AutoResponseNode[] {
  const words = searchWords(query);
  if (words.length === 0) return [...nodes];
  const keep = (node: AutoResponseNode): AutoResponseNode | null => {
    if (matches(node.response, words)) return node;
    const children = node.children.map(keep).filter((child) => child !== null);
    return children.length > 0 ? { response: node.response, children } : null;
  };
  return nodes.map(keep).filter((node) => node !== null);
}

/** The insertable responses of a (filtered) tree, in display order. */
export function insertable(nodes: readonly AutoResponseNode[]): AutoResponse[] {
  const result: AutoResponse[] = [];
  const walk = (node: AutoResponseNode): void => {
    if (node.response.content.trim() !== '') result.push(node.response);
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return result;
}
