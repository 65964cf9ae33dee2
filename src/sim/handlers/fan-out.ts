/**
 * Telling every connected user what changed, each within their own scope: shared by the
 * knowledge and administration handlers (deleting a user also deletes their documents,
 * auto-responses and skills, which other users' lists hold).
 */

import { canSeeSkill } from '../knowledge-access.js';
import type { OperatorConnection, SimServer } from '../server.js';
import { wireSkill } from '../wire.js';
import type { JsonObject, World } from '../world.js';

/** Removes the matching items in place; returns them in their original order. */
export function removeWhere<T>(list: T[], remove: (item: T) => boolean): T[] {
  const removed: T[] = [];
  for (let index = list.length - 1; index >= 0; index -= 1) {
    const item = list[index] as T;
    if (remove(item)) {
      removed.unshift(item);
      list.splice(index, 1);
    }
  }
  return removed;
}

/** Sends `eventName` with the ids (comma-joined) each operator could see; nothing to those who saw none. */
export function announceDeleted(
  server: SimServer,
  eventName: string,
  ids: readonly string[],
  couldSee: (conn: OperatorConnection, id: string) => boolean,
): void {
  for (const operator of server.operators()) {
    const seen = ids.filter((id) => couldSee(operator, id));
    if (seen.length > 0) operator.send(eventName, null, seen.join(','));
  }
}

/** The skills a connection sees, sorted by name (the spec: "a sorted list of skills"). */
export function skillsFor(world: World, conn: OperatorConnection): JsonObject[] {
  return world.skills
    .filter((skill) => canSeeSkill(conn, skill))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(wireSkill);
}

/** Each operator's own skills list: skills decide routing and transfers, so everyone hears of a change. */
export function broadcastSkills(server: SimServer): void {
  for (const operator of server.operators()) operator.send('skills', null, skillsFor(server.world, operator));
}
