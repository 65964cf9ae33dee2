/** Id/ParentId trees (auto-responses, articles): deleting a parent deletes its children. */

/** The given ids plus every descendant found in `items`. */
export function withDescendants(
  items: Readonly<Record<string, { readonly parentId: string }>>,
  ids: readonly string[],
): Set<string> {
  const children = new Map<string, string[]>();
  for (const [id, item] of Object.entries(items)) {
    if (item.parentId === '') continue;
    const siblings = children.get(item.parentId);
    if (siblings) siblings.push(id);
    else children.set(item.parentId, [id]);
  }
  const result = new Set<string>();
  const pending = [...ids];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    pending.push(...(children.get(id) ?? []));
  }
  return result;
}
