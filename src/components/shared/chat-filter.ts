import type { ChatFilter } from '../../core/store/selectors.js';
import type { SitesState } from '../../core/store/slices/sites.js';

/** A site key no site has: what a filter naming only unknown sites narrows to. */
const NO_SITE = -1;

/** The entries of a comma-separated attribute, trimmed, empty ones dropped. */
export function commaList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * The filter an element's `sites` and `skills` attributes describe. Sites are named by
 * SiteKey or by name (any case); skills by name (or id). A `sites` list that names no
 * known site matches nothing, rather than silently everything.
 */
export function chatFilterFrom(
  sitesAttribute: string | null | undefined,
  skillsAttribute: string | null | undefined,
  sites: SitesState,
): ChatFilter {
  const siteEntries = commaList(sitesAttribute);
  const skills = commaList(skillsAttribute);
  if (siteEntries.length === 0) return { skills };
  const byName = new Map<string, number[]>();
  for (const site of Object.values(sites)) {
    const name = site.name.trim().toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), site.siteKey]);
  }
  const siteKeys = new Set<number>();
  for (const entry of siteEntries) {
    if (/^\d+$/.test(entry)) siteKeys.add(Number(entry));
    for (const key of byName.get(entry.toLowerCase()) ?? []) siteKeys.add(key);
  }
  return { siteKeys: siteKeys.size > 0 ? [...siteKeys] : [NO_SITE], skills };
}
