import type { OperatorStatus } from '../../core/protocol/models.js';

const statusByName: Readonly<Record<string, OperatorStatus>> = {
  '0': 0,
  online: 0,
  '1': 1,
  busy: 1,
  '2': 2,
  brb: 2,
  'be-right-back': 2,
  '3': 3,
  // The spec once numbers Away as 4.
  '4': 3,
  away: 3,
};

/**
 * Reads the `status` attribute: a number 0-3 (4 is accepted for Away, as the spec once
 * says) or a name (`online`, `busy`, `brb`/`be-right-back`, `away`). Anything else is
 * undefined, so the login falls back to Online.
 */
export function parseOperatorStatus(text: string | null | undefined): OperatorStatus | undefined {
  if (!text) return undefined;
  return statusByName[text.trim().toLowerCase()];
}
