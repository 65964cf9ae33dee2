import type { LocalizeController } from '../shared/localize.js';

/** "42s", "3m 05s", "1h 07m": short enough for a narrow row, precise where it matters. */
export function formatWait(localize: LocalizeController, seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  if (whole < 60) return localize.term('seconds', whole);
  if (whole < 3600) return localize.term('minutesSeconds', Math.floor(whole / 60), whole % 60);
  return localize.term('chatListHoursMinutes', Math.floor(whole / 3600), Math.floor((whole % 3600) / 60));
}
