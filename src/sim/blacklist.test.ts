import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FakeClock } from '../core/testing/fake-clock.js';
import { Blacklist, type BlacklistOptions } from './blacklist.js';
import { createDefaultWorld } from './default-data.js';
import { createRandom } from './random.js';

function setup(options: BlacklistOptions = {}) {
  const clock = new FakeClock();
  const world = createDefaultWorld({ random: createRandom(9), now: () => clock.now() });
  return { clock, world, blacklist: new Blacklist(world, clock, options) };
}

describe('Blacklist', () => {
  it('reports the strike that reaches the limit, logs it and refuses the address until the retry lapses', () => {
    const { clock, world, blacklist } = setup({ after: 3, retrySeconds: 30 });
    assert.deepEqual(
      [blacklist.strike('10.40.0.1', 'failed login'), blacklist.strike('10.40.0.1', 'failed login')],
      [false, false],
    );
    assert.equal(blacklist.isBlacklisted('10.40.0.1'), false);
    assert.equal(blacklist.strike('10.40.0.1', 'access denied'), true);
    assert.ok(blacklist.isBlacklisted('10.40.0.1'));
    assert.ok(world.log.some((line) => line.text === 'Client address 10.40.0.1: 3 strikes (last: access denied)'));
    assert.ok(world.log.some((line) => line.text === 'Client address 10.40.0.1 temporarily blacklisted'));
    clock.advance(29_999);
    assert.ok(blacklist.isBlacklisted('10.40.0.1'));
    clock.advance(1);
    assert.equal(blacklist.isBlacklisted('10.40.0.1'), false);
    assert.equal(world.blacklist.temporary.has('10.40.0.1'), false, 'a lapsed entry is removed');
  });

  it('reads the server settings when no option overrides them, on every strike', () => {
    const { world, blacklist } = setup();
    world.serverSettings['BlackListAfter'] = 2;
    assert.equal(blacklist.strike('10.40.0.2', 'x'), false);
    assert.equal(blacklist.strike('10.40.0.2', 'x'), true);
    world.serverSettings['NoAutoBlackList'] = true;
    assert.equal(blacklist.strike('10.40.0.3', 'x'), false);
    assert.equal(blacklist.strike('10.40.0.3', 'x'), false);
    assert.equal(world.blacklist.strikes.has('10.40.0.3'), false, 'with NoAutoBlackList nothing is counted');
  });

  it('forgives the strikes of one address, and ClearBlacklist clears the temporary list and all strikes', () => {
    const { world, blacklist } = setup({ after: 2 });
    blacklist.strike('10.40.0.4', 'x');
    blacklist.forgiveStrikes('10.40.0.4');
    assert.equal(blacklist.strike('10.40.0.4', 'x'), false, 'the count started again');
    blacklist.blacklistAddress('10.40.0.5', 60);
    world.blacklist.permanent.add('10.40.0.6');
    blacklist.clearTemporaryBlacklist();
    assert.equal(blacklist.isBlacklisted('10.40.0.5'), false);
    assert.equal(world.blacklist.strikes.size, 0);
    assert.ok(blacklist.isBlacklisted('10.40.0.6'), 'the permanent list stays');
  });
});
