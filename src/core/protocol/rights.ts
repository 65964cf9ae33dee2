/**
 * The user Rights string (spec "User Rights"): 21 positions, Y/N except position 14,
 * a digit (0 ask, 1 always, 2 never) for sending single-use files; a trailing `S` marks
 * the System Administrator, a trailing `I` an invisible user.
 *
 * Real servers send other layouts too (the spec's own examples): 16 characters, 18 with
 * a digit at the end, and 20 with "True" in the middle. Decoding therefore never fails:
 * - a missing position is false;
 * - at a Y/N position only `Y`/`y` means yes; anything else (`N`, a digit, garbage) is no,
 *   so an unreadable right is withheld rather than granted;
 * - at position 14 anything but `0`/`1`/`2` (e.g. the `N` of the 18-character layout)
 *   reads as `ask`: the setting chooses how files go out rather than granting anything,
 *   and asking the operator each time is the choice that assumes nothing;
 * - only upper-case `S`/`I` at the very end are markers (both may appear, in either
 *   order): a lower-case letter there is more likely the tail of garbage such as "Yes".
 */

import type { Rights } from './models.js';

type RightKey = Exclude<keyof Rights, 'raw' | 'isSystemAdministrator' | 'isInvisible'>;

/** The rights in wire order: index 0 is position 1 of the spec. */
export const RIGHTS_LAYOUT = [
  'canEditProperties',
  'canViewReports',
  'canViewDailySummary',
  'canEditLocalSettings',
  'canTakeChats',
  'canRespondToMissedChats',
  'canChatToOtherUsers',
  'canMonitorOtherUsersChats',
  'canChangeOwnNameOnLogin',
  'canDeleteChats',
  'canSeeUsersOutsideOwnDepartment',
  'canTransferOutsideOwnDepartment',
  'userChatsStoredInDatabase',
  'sendSingleUseFiles',
  'canUseCoBrowse',
  'canAskForPayment',
  'canEditArticles',
  'canEditAutoResponses',
  'canAddDeleteDocuments',
  'canUseAiAssist',
  'canViewActiveVisitors',
] as const satisfies readonly RightKey[];

type SingleUseFiles = Rights['sendSingleUseFiles'];

const SINGLE_USE_BY_DIGIT: Readonly<Record<string, SingleUseFiles>> = {
  '0': 'ask',
  '1': 'always',
  '2': 'never',
};

const DIGIT_BY_SINGLE_USE: Readonly<Record<SingleUseFiles, string>> = {
  ask: '0',
  always: '1',
  never: '2',
};

const SYSTEM_ADMINISTRATOR_MARKER = 'S';
const INVISIBLE_MARKER = 'I';

export function decodeRights(raw: string): Rights {
  // The signature says string, but a JSON field can be null or absent: read that as no rights.
  const received = typeof raw === 'string' ? raw : '';
  let positions = received.trim();
  let isSystemAdministrator = false;
  let isInvisible = false;
  for (;;) {
    const last = positions.at(-1);
    if (last === SYSTEM_ADMINISTRATOR_MARKER && !isSystemAdministrator) {
      isSystemAdministrator = true;
    } else if (last === INVISIBLE_MARKER && !isInvisible) {
      isInvisible = true;
    } else {
      break;
    }
    positions = positions.slice(0, -1);
  }

  const rights = { raw: received, isSystemAdministrator, isInvisible } as Rights;
  RIGHTS_LAYOUT.forEach((key, index) => {
    const char = positions.charAt(index);
    if (key === 'sendSingleUseFiles') {
      rights.sendSingleUseFiles = SINGLE_USE_BY_DIGIT[char] ?? 'ask';
    } else {
      rights[key] = char === 'Y' || char === 'y';
    }
  });
  return rights;
}

/**
 * The 21-position string the spec describes, then `S` and/or `I`. `raw` is ignored:
 * the booleans are the truth, so an edited Rights saves what the editor shows.
 */
export function encodeRights(rights: Rights): string {
  const positions = RIGHTS_LAYOUT.map((key) =>
    key === 'sendSingleUseFiles'
      ? DIGIT_BY_SINGLE_USE[rights.sendSingleUseFiles] ?? DIGIT_BY_SINGLE_USE.ask
      : rights[key]
        ? 'Y'
        : 'N',
  ).join('');
  return (
    positions +
    (rights.isSystemAdministrator ? SYSTEM_ADMINISTRATOR_MARKER : '') +
    (rights.isInvisible ? INVISIBLE_MARKER : '')
  );
}
