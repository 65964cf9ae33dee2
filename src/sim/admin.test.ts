import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commands } from '../core/protocol/commands.js';
import type { WhosOnEvent } from '../core/protocol/event-map.js';
import { specEventExamples } from '../core/testing/spec-examples.js';
import { Session } from '../core/session.js';
import type { SessionState } from '../core/store/state.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { createDefaultWorld, DEMO_AUTH_STRING, DEMO_GROUP_IDS, DEMO_OPERATORS, DEMO_PASSWORD } from './default-data.js';
import { createRandom } from './random.js';
import { SimServer } from './server.js';
import { operatorSession, recordEvents } from './testing/operator-sessions.js';
import { RawClient, settle } from './testing/raw-client.js';
import { startWsSim, until, type WsSim } from './testing/ws-harness.js';
import { wireDay } from './wire.js';

function setup() {
  const clock = new FakeClock();
  const world = createDefaultWorld({ random: createRandom(17), now: () => clock.now() });
  const server = new SimServer({ clock, world });
  return { clock, server, world };
}

const state = (session: Session): SessionState => session.store.getState();

function errorsOf(events: readonly WhosOnEvent[]): string[] {
  return events.flatMap((event) => (event.name === 'error' ? [event.payload.text] : []));
}

function specData(title: string): unknown {
  const example = specEventExamples.find((candidate) => candidate.title === title);
  assert.ok(example, `spec example "${title}"`);
  return (JSON.parse(example.json) as { Data: unknown }).Data;
}

function keysOf(value: unknown): string[] {
  return Object.keys((Array.isArray(value) ? value[0] : value) as object).sort();
}

const newUser = {
  UserName: 'sue@mysite.com',
  Name: 'Sue',
  Dept: 'Support',
  Email: 'sue@mysite.com',
  SiteKeys: '1',
  Rights: 'NYYYYYYNYNYYY0NNNYYNY',
  SetPasswordTo: 'sunshine99',
};

describe('users', () => {
  it('SaveUser creates a user everyone with access to the site hears of, who can then log in', async () => {
    const { clock, server } = setup();
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    admin.sendCommand(commands.getUsers());
    await settle();
    assert.deepEqual(Object.keys(state(admin).users).sort(), [DEMO_OPERATORS.admin, DEMO_OPERATORS.martin, DEMO_OPERATORS.thomas]);

    admin.sendCommand(commands.saveUser(newUser, true));
    await settle();
    assert.equal(state(admin).users['sue@mysite.com']?.name, 'Sue');
    assert.equal(state(martin).users['sue@mysite.com']?.dept, 'Support', 'martin (site 1) gets the user event');

    const sue = new Session({
      url: 'ws://sim.test',
      WebSocket: (await import('./memory-socket.js')).memorySocketFor(server, { remoteAddress: '10.9.9.9' }),
      clock,
      loadReferenceData: false,
    });
    await sue.login({ username: 'sue@mysite.com', password: 'sunshine99', authString: DEMO_AUTH_STRING });
    assert.deepEqual(Object.keys(state(sue).sites), ['1']);
  });

  it('refuses SaveUser to operators, and a second System Administrator, and bad passwords', async () => {
    const { clock, server } = setup();
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin);
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const adminEvents = recordEvents(admin);
    const thomasEvents = recordEvents(thomas);
    thomas.sendCommand(commands.saveUser(newUser, true));
    admin.sendCommand(commands.saveUser({ ...newUser, Rights: `${newUser.Rights}S` }, true));
    admin.sendCommand({ Command: 'SaveUser', Params: [JSON.stringify({ ...newUser, SetPasswordTo: 'short' }), 'true'] });
    admin.sendCommand(commands.saveUser({ UserName: 'nobody@mysite.com', Name: 'Nobody' }, false));
    await settle();
    assert.deepEqual(errorsOf(thomasEvents.events), ['Access denied']);
    const errors = errorsOf(adminEvents.events);
    assert.match(errors[0] ?? '', /only one user can be the System Administrator/);
    assert.match(errors[1] ?? '', /at least 8 characters/);
    assert.match(errors[2] ?? '', /no user named "nobody@mysite.com"/);
    assert.equal(state(admin).users['sue@mysite.com'], undefined);
  });

  it('changing a connected user’s rights closes their connection; a name change does not', async () => {
    const { clock, server, world } = setup();
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin);
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const thomasEvents = recordEvents(thomas);
    admin.sendCommand(commands.saveUser({ UserName: DEMO_OPERATORS.thomas, Title: 'Team lead' }, false));
    await settle();
    assert.equal(state(thomas).users[DEMO_OPERATORS.thomas]?.title, 'Team lead', 'thomas hears of his own change');
    assert.equal(thomas.connection.state, 'connected');

    admin.sendCommand(commands.saveUser({ UserName: DEMO_OPERATORS.thomas, Rights: 'NYYYYYYNYNYYY0NNNNNNN' }, false));
    await settle();
    assert.ok(thomasEvents.names().includes('close'), 'the server closes his session');
    assert.notEqual(thomas.connection.state, 'connected');
    assert.equal(world.account(DEMO_OPERATORS.thomas)?.rights, 'NYYYYYYNYNYYY0NNNNNNN');
  });

  it('DeleteUser answers with the remaining users, disconnects the user and deletes what they created', async () => {
    const { clock, server, world } = setup();
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martinEvents = recordEvents(martin);
    martin.sendCommand(commands.getDocuments());
    await settle();
    assert.ok(Object.keys(state(martin).documents).length > 0, 'thomas’s documents');

    admin.sendCommand(commands.deleteUser(DEMO_OPERATORS.thomas));
    await settle();
    assert.deepEqual(Object.keys(state(admin).users).sort(), [DEMO_OPERATORS.admin, DEMO_OPERATORS.martin]);
    assert.notEqual(thomas.connection.state, 'connected');
    assert.equal(world.account(DEMO_OPERATORS.thomas), undefined);
    assert.deepEqual(Object.keys(state(martin).documents), [], 'his documents are gone from martin’s list');
    assert.ok(martinEvents.names().includes('clientremove'));

    const adminEvents = recordEvents(admin);
    admin.sendCommand(commands.deleteUser(DEMO_OPERATORS.admin));
    await settle();
    assert.match(errorsOf(adminEvents.events)[0] ?? '', /cannot delete the user you are logged in as/);
    assert.ok(world.account(DEMO_OPERATORS.admin));
  });

  it('ChangePassword checks the old password and the rules, then the new one logs in', async () => {
    const { clock, server } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const events = recordEvents(thomas);
    thomas.sendCommand(commands.changePassword(DEMO_OPERATORS.thomas, 'wrong-password', 'newpassword99'));
    thomas.sendCommand({ Command: 'ChangePassword', Params: [DEMO_OPERATORS.thomas, DEMO_PASSWORD, 'tiny'] });
    thomas.sendCommand(commands.changePassword(DEMO_OPERATORS.thomas, DEMO_PASSWORD, 'newpassword99'));
    await settle();
    const errors = errorsOf(events.events);
    assert.match(errors[0] ?? '', /old password is not correct/);
    assert.match(errors[1] ?? '', /at least 8 characters/);
    assert.ok(events.names().includes('passwordchanged'));
    thomas.logout();
    await settle();
    const again = await RawClient.login(server, DEMO_OPERATORS.thomas, { password: 'newpassword99', remoteAddress: '10.1.1.1' });
    assert.ok(again.names().includes('connected'));
  });

  it('UserPhoto updates a photo for everyone who can see the user', async () => {
    const { clock, server } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const martinEvents = recordEvents(martin);
    thomas.sendCommand(commands.userPhoto(DEMO_OPERATORS.thomas, 'me.gif', 'R0lGODlhAQABAAAAACw='));
    await settle();
    assert.deepEqual(state(martin).userPhotos[DEMO_OPERATORS.thomas], {
      userName: DEMO_OPERATORS.thomas,
      fileName: 'me.gif',
      base64: 'R0lGODlhAQABAAAAACw=',
    });
    thomas.sendCommand(commands.userPhoto(DEMO_OPERATORS.martin, 'x.png', 'iVBORw0KGgo='));
    martin.sendCommand(commands.getUserPhotos([DEMO_OPERATORS.martin]));
    await settle();
    assert.equal(state(martin).userPhotos[DEMO_OPERATORS.martin]?.fileName, '', 'thomas may not set martin’s photo');
    assert.ok(martinEvents.names().includes('clientevent'), 'HasPhoto changes in the clients list');
  });
});

describe('groups and work periods', () => {
  it('saves and deletes a group (its non-admin members go too) and work periods', async () => {
    const { clock, server, world } = setup();
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin);
    const events = recordEvents(admin);
    admin.sendCommand(commands.saveUserGroup({ Id: '', Name: 'Night shift', SiteKeys: '2' }));
    await settle();
    const group = Object.values(state(admin).userGroups).find((item) => item.name === 'Night shift');
    assert.ok(group);
    assert.deepEqual(group.siteKeys, [2]);

    admin.sendCommand(commands.deleteUserGroup(DEMO_GROUP_IDS.sales));
    await settle();
    assert.equal(state(admin).userGroups[DEMO_GROUP_IDS.sales], undefined);
    assert.equal(world.account(DEMO_OPERATORS.martin), undefined, 'martin was a non-admin member of Sales');
    assert.equal(state(admin).users[DEMO_OPERATORS.martin], undefined);

    admin.sendCommand(commands.saveWorkPeriod({ Id: '', Description: 'Late', Day1: '25:00,,,' }));
    admin.sendCommand(commands.saveWorkPeriod({ Id: '', Description: 'Late', Day1: '12:00,16:00,16:30,21:00' }));
    await settle();
    assert.match(errorsOf(events.events)[0] ?? '', /Day1 must be/);
    const late = Object.values(state(admin).workPeriods).find((period) => period.description === 'Late');
    assert.ok(late);
    admin.sendCommand(commands.deleteWorkPeriod(late.id));
    await settle();
    assert.equal(state(admin).workPeriods[late.id], undefined);
  });
});

describe('sites', () => {
  it('creates, edits and deletes a site: users with access follow along, others are disconnected', async () => {
    const { clock, server, world } = setup();
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin);
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const thomasEvents = recordEvents(thomas);
    const adminEvents = recordEvents(admin);
    admin.sendCommand(commands.createSite('www.newsite.com', 'New Site', 1));
    await settle();
    const created = Object.values(state(admin).sites).find((site) => site.domain === 'www.newsite.com');
    assert.ok(created, 'the site event reaches its creator');
    assert.equal(state(thomas).sites[created.siteKey]?.name, 'New Site', 'and thomas, whom it was assigned to');
    assert.deepEqual(state(thomas).sites[created.siteKey]?.tags, state(thomas).sites[1]?.tags, 'cloned from site 1');

    admin.sendCommand(commands.getSiteProperties(created.siteKey));
    await settle();
    const properties = state(admin).siteAdmin.properties[created.siteKey];
    assert.equal(properties?.['Domain'], 'www.newsite.com');
    assert.ok(properties && typeof properties['Chat'] === 'object', 'the full Site Json');

    const chat = { ...(properties['Chat'] as object), SLAWarningSeconds: 45 };
    admin.sendCommand(commands.saveSite({ ...properties, Name: 'Renamed', Chat: chat, MaxVisitorsDay: 5 }));
    await settle();
    assert.equal(state(thomas).sites[created.siteKey]?.name, 'Renamed');
    assert.equal(state(thomas).sites[created.siteKey]?.slaWarningSeconds, 45);
    assert.equal(world.siteProperties.get(created.siteKey)?.['MaxVisitorsDay'], 5, 'the system administrator may set it');
    assert.ok(adminEvents.names().includes('accepted'));

    admin.sendCommand(commands.saveSite({ ...properties, Domain: 'elsewhere.com' }));
    admin.sendCommand(commands.createSite('www.newsite.com', 'Twin'));
    await settle();
    const errors = errorsOf(adminEvents.events);
    assert.match(errors[0] ?? '', /Domain of an existing site cannot be changed/);
    assert.match(errors[1] ?? '', /already exists/);

    // Another administrator (not the system administrator) cannot change MaxVisitorsDay.
    admin.sendCommand(commands.saveUser({ ...newUser, UserName: 'ann@mysite.com', IsAdmin: true, SiteKeys: '' }, true));
    await settle();
    const annRaw = await RawClient.login(server, 'ann@mysite.com', { password: newUser.SetPasswordTo, remoteAddress: '10.5.5.5' });
    await annRaw.run('SaveSite', [JSON.stringify({ ...properties, MaxVisitorsDay: 9, Name: 'By Ann' })]);
    assert.equal(world.siteProperties.get(created.siteKey)?.['MaxVisitorsDay'], 5);
    assert.equal(world.site(created.siteKey)?.name, 'By Ann');

    admin.sendCommand(commands.deleteSite(created.siteKey));
    await settle();
    assert.equal(state(admin).sites[created.siteKey], undefined, 'sitedeleted removes it');
    assert.ok(thomasEvents.names().includes('close'), 'thomas had access: disconnected');
    assert.equal(world.site(created.siteKey), undefined);
    assert.ok(!world.account(DEMO_OPERATORS.thomas)?.siteKeys.includes(created.siteKey));
  });

  it('refuses site administration to operators and to sites outside the user', async () => {
    const { clock, server } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const events = recordEvents(thomas);
    thomas.sendCommand(commands.createSite('www.mine.com', 'Mine'));
    thomas.sendCommand(commands.getSiteProperties(1));
    await settle();
    assert.deepEqual(errorsOf(events.events), ['Access denied', 'Access denied']);
  });

  it('reads and saves site images and strings', async () => {
    const { clock, server } = setup();
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin);
    admin.sendCommand(commands.getSiteImages(2));
    await settle();
    assert.deepEqual(
      state(admin).siteAdmin.images[2]?.map((image) => image.imageType),
      [1, 2, 3, 4, 5, 6],
    );
    admin.sendCommand(commands.saveSiteImage({ SiteKey: 2, ImageType: 3, Language: 'fr', Ext: 'png', Base64: 'iVBORw0KGgo=' }));
    await settle();
    const french = state(admin).siteAdmin.images[2]?.filter((image) => image.language === 'fr') ?? [];
    assert.equal(french.length, 6);
    assert.equal(french.find((image) => image.imageType === 3)?.base64, 'iVBORw0KGgo=');

    admin.sendCommand(commands.getSiteStrings());
    await settle();
    const strings = Object.values(state(admin).siteAdmin.strings);
    assert.ok(strings.some((item) => item.siteKey === 0), 'the defaults');
    const site1 = strings.find((item) => item.siteKey === 1);
    assert.ok(site1);
    admin.sendCommand(
      commands.saveSiteStrings({ Id: '', SiteKey: 1, LanguageCode: 'de', LanguageName: 'German', UIStrings: [] }),
    );
    await settle();
    assert.ok(Object.values(state(admin).siteAdmin.strings).some((item) => item.siteKey === 1 && item.languageCode === 'de'));
  });
});

describe('server administration', () => {
  it('gives the system administrator the settings and the log (with live lines); others get Access denied', async () => {
    const { clock, server, world } = setup();
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin);
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const thomasEvents = recordEvents(thomas);
    admin.sendCommand(commands.getServerSettings());
    admin.sendCommand(commands.getLog());
    thomas.sendCommand(commands.getServerSettings());
    thomas.sendCommand(commands.getLog());
    await settle();
    assert.equal(state(admin).serverSettings?.['AuthenticationString'], DEMO_AUTH_STRING);
    assert.ok(state(admin).log.some((line) => /^\d{4}-\d{2}-\d{2}:\d{2}:\d{2}:\d{2} thomas@mysite\.com logged in/.test(line)));
    assert.deepEqual(errorsOf(thomasEvents.events), ['Access denied', 'Access denied']);
    assert.equal(state(thomas).serverSettings, null);

    thomas.logout();
    await settle();
    assert.match(state(admin).log.at(-1) ?? '', /thomas@mysite\.com disconnected$/, 'a live log event');

    admin.sendCommand(commands.saveServerSettings({ ...world.serverSettings, AuthenticationString: 'NEWAUTH', ThrottleSendEverySeconds: 4 }));
    await settle();
    assert.equal(state(admin).serverSettings?.['AuthenticationString'], 'NEWAUTH');
    const refused = await RawClient.login(server, DEMO_OPERATORS.martin, { remoteAddress: '10.3.3.3' });
    assert.ok(!refused.names().includes('connected'), 'the old authentication string no longer logs in');
  });

  it('runs a report over the day summaries', async () => {
    const { clock, server, world } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    thomas.sendCommand(commands.getReports());
    await settle();
    const newVisits = Object.values(state(thomas).reports.definitions).find((report) => report.name === 'New Visits');
    assert.ok(newVisits);
    const days = world.daySummaries.filter((summary) => summary.siteKey === 1).slice(-4, -1);
    const from = days[0]?.dated ?? '';
    const to = days.at(-1)?.dated ?? '';
    thomas.sendCommand(commands.executeReport(newVisits.id, 1, from, to));
    await settle();
    const data = state(thomas).reports.data[newVisits.id];
    assert.ok(data);
    assert.deepEqual(data.columnNames, ['New Visits', 'Dated']);
    assert.deepEqual(data.columnTypes, ['Int64', 'DateTime']);
    assert.equal(data.fromDate, `${from}T00:00:00`);
    const expected = ['New Visits,Dated', ...days.map((day) => `${day.new},${day.dated} 00:00:00`)].map((line) => `${line}\r\n`).join('');
    assert.equal(data.dataCsv, expected);
    assert.ok(to < wireDay(clock.now()));
  });

  it('ClearBlacklist lets a blacklisted address in again (administrators only)', async () => {
    const { clock, server } = setup();
    server.blacklistAddress('10.66.0.1');
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin);
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const thomasEvents = recordEvents(thomas);
    const adminEvents = recordEvents(admin);
    thomas.sendCommand(commands.clearBlacklist());
    admin.sendCommand(commands.clearBlacklist());
    await settle();
    assert.deepEqual(errorsOf(thomasEvents.events), ['Access denied']);
    assert.ok(adminEvents.names().includes('accepted'));
    assert.equal(server.isBlacklisted('10.66.0.1'), false);
  });
});

describe('administration events on the wire', () => {
  it('carry the fields and params of the spec’s examples', async () => {
    const { server } = setup();
    const admin = await RawClient.login(server, DEMO_OPERATORS.admin);
    const first = async (command: string, params: string[] | null, event: string) => {
      const found = (await admin.run(command, params)).find((item) => item.EventName === event);
      assert.ok(found, `${command} answers ${event}`);
      return found;
    };
    assert.deepEqual(keysOf((await first('GetUsers', null, 'users')).Data), keysOf(specData('Users (Event)')));
    assert.deepEqual(keysOf((await first('GetUserGroups', null, 'usergroups')).Data), keysOf(specData('UserGroups (Event)')));
    const periods = await first('GetWorkPeriods', null, 'workperiods');
    assert.ok('Header' in periods, 'workperiods carries Header, as the spec shows it');
    assert.deepEqual(keysOf(periods.Data), keysOf(specData('WorkPeriods (Event)')));
    const user = await first('SaveUser', [JSON.stringify(newUser), 'true'], 'user');
    assert.deepEqual(keysOf(user.Data), keysOf(specData('User (Event)')));
    const photo = await first('GetUserPhotos', [DEMO_OPERATORS.thomas], 'userphoto');
    assert.deepEqual(photo.Params, [DEMO_OPERATORS.thomas]);
    assert.deepEqual(keysOf(photo.Data), keysOf(specData('UserPhoto (Event)')));
    const site = await first('CreateSite', ['www.wire.com', 'Wire', '', ''], 'site');
    assert.deepEqual(keysOf(site.Data), keysOf(specData('Sites (Event)')));
    const siteKey = String((site.Data as { SiteKey: number }).SiteKey);
    assert.deepEqual((await first('GetSiteProperties', [siteKey], 'siteproperties')).Params, [siteKey]);
    const images = await first('GetSiteImages', [siteKey], 'siteimages');
    assert.deepEqual(keysOf(images.Data), keysOf(specData('SiteImages (Event)')));
    assert.deepEqual(keysOf((await first('GetSiteStrings', ['1'], 'sitestrings')).Data), keysOf(specData('SiteStrings (Event)')));
    assert.deepEqual(keysOf((await first('GetReports', null, 'reports')).Data), keysOf(specData('Reports (Event)')));
    const report = await first('ExecuteReport', ['667ae552c937df077d177850', '1', '2000-01-01', '2100-01-01'], 'reportdata');
    assert.deepEqual(keysOf(report.Data), keysOf(specData('ReportData (Event)')));
    assert.equal(typeof (await first('GetLog', null, 'firstlog')).Data, 'string');
    const deleted = await first('DeleteSite', [siteKey], 'sitedeleted');
    assert.deepEqual([deleted.Params, deleted.Data], [[siteKey], null]);
    const changed = await first('ChangePassword', [DEMO_OPERATORS.admin, DEMO_PASSWORD, 'another-one'], 'passwordchanged');
    assert.deepEqual([changed.Params, changed.Data], [null, 'another-one']);
  });
});

describe('administration over a real WebSocket', () => {
  let sim: WsSim | undefined;
  after(async () => sim?.stop());

  it('creates a user over ws://', async () => {
    sim = await startWsSim({ seed: 4 });
    const { server } = sim;
    const session = await sim.login(DEMO_OPERATORS.admin);
    session.sendCommand(commands.saveUser(newUser, true));
    await until(() => session.store.getState().users['sue@mysite.com'] !== undefined, 'the user event');
    assert.equal(server.world.account('sue@mysite.com')?.password, 'sunshine99');
  });
});
