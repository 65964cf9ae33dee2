import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { Rights } from './models.js';
import { decodeRights, encodeRights, RIGHTS_LAYOUT } from './rights.js';

/** Every right off; tests switch on what a string grants, written out by hand. */
function noRights(raw: string): Rights {
  return {
    canEditProperties: false,
    canViewReports: false,
    canViewDailySummary: false,
    canEditLocalSettings: false,
    canTakeChats: false,
    canRespondToMissedChats: false,
    canChatToOtherUsers: false,
    canMonitorOtherUsersChats: false,
    canChangeOwnNameOnLogin: false,
    canDeleteChats: false,
    canSeeUsersOutsideOwnDepartment: false,
    canTransferOutsideOwnDepartment: false,
    userChatsStoredInDatabase: false,
    sendSingleUseFiles: 'ask',
    canUseCoBrowse: false,
    canAskForPayment: false,
    canEditArticles: false,
    canEditAutoResponses: false,
    canAddDeleteDocuments: false,
    canUseAiAssist: false,
    canViewActiveVisitors: false,
    isSystemAdministrator: false,
    isInvisible: false,
    raw,
  };
}

function withoutRaw(rights: Rights): Omit<Rights, 'raw'> {
  const { raw: _raw, ...rest } = rights;
  return rest;
}

describe('decodeRights', () => {
  it('reads the 16-character example of the user event; missing positions are false', () => {
    const raw = 'YYYYYYYYYNYYY1NN';
    assert.deepEqual(decodeRights(raw), {
      ...noRights(raw),
      canEditProperties: true,
      canViewReports: true,
      canViewDailySummary: true,
      canEditLocalSettings: true,
      canTakeChats: true,
      canRespondToMissedChats: true,
      canChatToOtherUsers: true,
      canMonitorOtherUsersChats: true,
      canChangeOwnNameOnLogin: true,
      canSeeUsersOutsideOwnDepartment: true,
      canTransferOutsideOwnDepartment: true,
      userChatsStoredInDatabase: true,
      sendSingleUseFiles: 'always',
    });
  });

  it('reads the older 18-character layout: Y/N by position, the N at 14 as ask, the final digit as no', () => {
    const raw = 'NYYYYYYYNNNYYNYYN0';
    assert.deepEqual(decodeRights(raw), {
      ...noRights(raw),
      canViewReports: true,
      canViewDailySummary: true,
      canEditLocalSettings: true,
      canTakeChats: true,
      canRespondToMissedChats: true,
      canChatToOtherUsers: true,
      canMonitorOtherUsersChats: true,
      canTransferOutsideOwnDepartment: true,
      userChatsStoredInDatabase: true,
      sendSingleUseFiles: 'ask',
      canUseCoBrowse: true,
      canAskForPayment: true,
    });
  });

  it('survives "True" in the middle of the string (the bot user example)', () => {
    const raw = 'NNYYYNYYYYYYY0TrueNN';
    assert.deepEqual(decodeRights(raw), {
      ...noRights(raw),
      canViewDailySummary: true,
      canEditLocalSettings: true,
      canTakeChats: true,
      canChatToOtherUsers: true,
      canMonitorOtherUsersChats: true,
      canChangeOwnNameOnLogin: true,
      canDeleteChats: true,
      canSeeUsersOutsideOwnDepartment: true,
      canTransferOutsideOwnDepartment: true,
      userChatsStoredInDatabase: true,
      sendSingleUseFiles: 'ask',
      // T, r, u, e at 15-18 are not Y: withheld.
    });
  });

  it('reads all 21 positions of a full string', () => {
    const raw = 'NNNNNNNNNNNNN2NNNNNNY';
    assert.deepEqual(decodeRights(raw), {
      ...noRights(raw),
      sendSingleUseFiles: 'never',
      canViewActiveVisitors: true,
    });
    const onlyAi = decodeRights('NNNNNNNNNNNNN0NNNNNYN');
    assert.equal(onlyAi.canUseAiAssist, true);
    assert.equal(onlyAi.canViewActiveVisitors, false);
    assert.equal(onlyAi.canAddDeleteDocuments, false);
  });

  it('counts lower-case y as yes', () => {
    const rights = decodeRights('yNy');
    assert.equal(rights.canEditProperties, true);
    assert.equal(rights.canViewReports, false);
    assert.equal(rights.canViewDailySummary, true);
  });

  it('marks the System Administrator and invisible users by the trailing letter', () => {
    const full = 'YYYYYYYYYYYYY0YYYYYYY';
    const admin = decodeRights(`${full}S`);
    assert.equal(admin.isSystemAdministrator, true);
    assert.equal(admin.isInvisible, false);
    assert.equal(admin.canViewActiveVisitors, true);

    const invisible = decodeRights(`${full}I`);
    assert.equal(invisible.isInvisible, true);
    assert.equal(invisible.isSystemAdministrator, false);

    const both = decodeRights(`${full}IS`);
    assert.equal(both.isInvisible, true);
    assert.equal(both.isSystemAdministrator, true);

    assert.equal(decodeRights(full).isSystemAdministrator, false);
  });

  it('finds the marker on a short string and does not read it as a position', () => {
    const rights = decodeRights('YYYYYYYYYNYYY1NNS');
    assert.equal(rights.isSystemAdministrator, true);
    assert.equal(rights.canEditArticles, false, 'position 17 is missing, not the S');
  });

  it('does not take a lower-case trailing s or i for a marker', () => {
    assert.equal(decodeRights('YYYYYYYYYNYYY1NNYes').isSystemAdministrator, false);
    assert.equal(decodeRights('YYYYYYYYYNYYY1NNHi').isInvisible, false);
  });

  it('reads a digit other than 0, 1, 2 at position 14 as ask', () => {
    assert.equal(decodeRights('YYYYYYYYYYYYY7').sendSingleUseFiles, 'ask');
    assert.equal(decodeRights('YYYYYYYYYYYYYY').sendSingleUseFiles, 'ask');
  });

  it('keeps the string as received', () => {
    assert.equal(decodeRights(' NYYYYYYYNNNYYNYYN0 ').raw, ' NYYYYYYYNNNYYNYYN0 ');
  });

  it('gives no rights for an empty, blank or missing string, without throwing', () => {
    assert.deepEqual(decodeRights(''), noRights(''));
    assert.deepEqual(decodeRights('   '), noRights('   '));
    assert.deepEqual(decodeRights(null as unknown as string), noRights(''));
    assert.deepEqual(decodeRights(undefined as unknown as string), noRights(''));
  });

  it('ignores characters past position 21', () => {
    const rights = decodeRights('NNNNNNNNNNNNN0NNNNNNNYYYY');
    assert.deepEqual(withoutRaw(rights), withoutRaw(noRights('')));
  });
});

describe('encodeRights', () => {
  it('writes 21 positions with the single-use digit at 14', () => {
    const rights: Rights = {
      ...noRights(''),
      canEditProperties: true,
      canDeleteChats: true,
      sendSingleUseFiles: 'never',
      canViewActiveVisitors: true,
    };
    assert.equal(encodeRights(rights), 'YNNNNNNNNYNNN2NNNNNNY');
  });

  it('appends S for the System Administrator and I for an invisible user', () => {
    assert.equal(encodeRights({ ...noRights(''), isSystemAdministrator: true }), 'NNNNNNNNNNNNN0NNNNNNNS');
    assert.equal(encodeRights({ ...noRights(''), isInvisible: true }), 'NNNNNNNNNNNNN0NNNNNNNI');
    assert.equal(
      encodeRights({ ...noRights(''), isSystemAdministrator: true, isInvisible: true }),
      'NNNNNNNNNNNNN0NNNNNNNSI',
    );
  });

  it('writes the booleans, not the received string', () => {
    const rights = decodeRights('YYYYYYYYYNYYY1NN');
    assert.equal(encodeRights({ ...rights, canTakeChats: false }), 'YYYYNYYYYNYYY1NNNNNNN');
  });

  for (const raw of [
    'YYYYYYYYYNYYY1NN',
    'NYYYYYYYNNNYYNYYN0',
    'YYYYYYYYYYNYYNYYY0',
    'NNYYYNYYYYYYY0TrueNN',
    'NNYNYYYYNNNYYNNYN0',
    'yyyyyyyyyyyyy2yyyyyyyS',
    'NYNYNYNYNYNYN1NYNYNYNIS',
    '',
  ]) {
    it(`round-trips ${JSON.stringify(raw)}: decode(encode(decode(s))) keeps every right`, () => {
      const decoded = decodeRights(raw);
      const encoded = encodeRights(decoded);
      assert.match(encoded, /^[YN]{13}[012][YN]{7}S?I?$/);
      const again = decodeRights(encoded);
      assert.deepEqual(withoutRaw(again), withoutRaw(decoded));
      assert.equal(again.raw, encoded);
      assert.equal(encodeRights(again), encoded, 'a canonical string encodes to itself');
    });
  }

  it('round-trips every single right on its own', () => {
    for (const key of RIGHTS_LAYOUT) {
      const rights: Rights =
        key === 'sendSingleUseFiles'
          ? { ...noRights(''), sendSingleUseFiles: 'always' }
          : { ...noRights(''), [key]: true };
      const encoded = encodeRights(rights);
      assert.deepEqual(withoutRaw(decodeRights(encoded)), withoutRaw(rights), key);
      assert.equal(encoded.length, 21, key);
    }
  });
});
