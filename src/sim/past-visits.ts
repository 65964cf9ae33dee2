/**
 * Visits of days before the simulator was running. The default data holds three months
 * of day summaries; when a client asks for the visit list of such a day, its visits are
 * made up to agree with that day's summary (Total visits, New visitors, Chats), from a
 * random source seeded by the site and the date, so the same question always gets the
 * same answer.
 */

import { makeVisitor } from './default-data.js';
import { createRandom } from './random.js';
import type { DaySummaryRecord, VisitorRecord } from './world.js';

/** A visit and when it ended (null while the visitor is still on the site). */
export interface VisitEntry {
  readonly visit: VisitorRecord;
  leftAt: number | null;
}

/** Pages a made-up visit views. */
const PAGES: readonly string[] = ['index.htm', 'products.htm', 'pricing.htm', 'support.htm', 'contact.htm', 'about.htm'];

/** More than any list a client would page through, fewer than a busy site's day. */
export const MAX_MADE_UP_VISITS = 500;

function seedOf(siteKey: number, day: string): number {
  let hash = 2166136261;
  for (const char of `${siteKey}:${day}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/** The visits of a past day, consistent with its summary. */
export function madeUpVisits(summary: DaySummaryRecord): VisitEntry[] {
  const random = createRandom(seedOf(summary.siteKey, summary.dated));
  const dayStart = Date.parse(`${summary.dated}T00:00:00Z`);
  const count = Math.min(summary.total, MAX_MADE_UP_VISITS);
  const chatted = new Set<number>();
  while (chatted.size < Math.min(summary.chats, count)) chatted.add(random.int(0, count - 1));
  const entries: VisitEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    // Visits spread over the working day, 07:00 to 21:00.
    const started = dayStart + random.int(7 * 3600, 21 * 3600) * 1000;
    const views = random.int(1, 6);
    const visitPages = Array.from({ length: views }, () => random.pick(PAGES));
    const visit = makeVisitor({
      siteKey: summary.siteKey,
      ip: `${random.int(2, 223)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`,
      trackingId: `${random.int(100, 999)}.${random.int(10_000_000, 99_999_999)}`,
      started,
      pages: visitPages,
      placeIndex: random.int(0, 2),
      referrer: random.chance(0.4) ? 'https://www.google.com' : '',
      no: index + 1,
    });
    const returning = index >= summary.new;
    if (returning) {
      visit.visitNo = random.int(2, 5);
      visit.totalVisits = visit.visitNo;
      visit.firstVisit = started - random.int(1, 60) * 86_400_000;
    }
    visit.chatting = chatted.has(index);
    entries.push({ visit, leftAt: visit.lastActivity + random.int(5, 120) * 1000 });
  }
  entries.sort((a, b) => a.visit.sessionStarted - b.visit.sessionStarted);
  // No is the visit's number of the day on the site: in order of arrival.
  entries.forEach((entry, index) => {
    entry.visit.no = index + 1;
  });
  return entries;
}
