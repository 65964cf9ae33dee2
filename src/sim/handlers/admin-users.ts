/**
 * Users, user groups, work periods, user photos and ChangePassword. Lists are open to
 * every user within their sites; changes need Administrator rights (IsAdmin, or the
 * system administrator), and only the system administrator sees or edits its own record.
 */

import { decodeRights } from '../../core/protocol/rights.js';
import { DEMO_RIGHTS } from '../default-data.js';
import { canSeeAutoResponse, canSeeDocument, withDescendants } from '../knowledge-access.js';
import type { OperatorConnection, SimServer } from '../server.js';
import { wireUser, wireUserGroup, wireWorkPeriod } from '../wire.js';
import type { Account, BotSettings, JsonObject, UserGroupRecord, WorkPeriodRecord, World } from '../world.js';
import {
  administratorJsonFields,
  JsonFields,
  parseList,
  parseSiteKeyList,
  requireAdministrator,
} from './command-checks.js';
import { announceDeleted, broadcastSkills, removeWhere } from './fan-out.js';
import type { CommandContext, HandlerTable } from './registry.js';

// ------------------------------------------------------------------ who sees whom

export function isSystemAdministratorAccount(account: Account): boolean {
  return decodeRights(account.rights).isSystemAdministrator;
}

/** "You will only receive user information for the system administrator if you have logged in using the system administrator credentials." */
export function canAccessUser(conn: OperatorConnection, account: Account): boolean {
  if (account === conn.account) return true;
  if (isSystemAdministratorAccount(account)) return false;
  if (conn.isSystemAdministrator) return true;
  return account.siteKeys.some((key) => conn.canAccessSite(key));
}

/** The named user when it exists and the sender may see it; otherwise null once `command`'s error is sent. */
export function accessibleUser(ctx: CommandContext, command: string, username: string): Account | null {
  const account = ctx.world.account(username);
  if (account === undefined) {
    ctx.server.error(ctx.conn, `${command}: no user named "${username}"`);
    return null;
  }
  if (!canAccessUser(ctx.conn, account)) {
    ctx.server.accessDenied(ctx.conn);
    return null;
  }
  return account;
}

export function canAccessGroup(conn: OperatorConnection, group: UserGroupRecord): boolean {
  return conn.isSystemAdministrator || group.siteKeys.some((key) => conn.canAccessSite(key));
}

export function usersFor(world: World, conn: OperatorConnection): JsonObject[] {
  return world.accounts.filter((account) => canAccessUser(conn, account)).map((account) => wireUser(world, account));
}

function groupsFor(world: World, conn: OperatorConnection): JsonObject[] {
  return world.userGroups.filter((group) => canAccessGroup(conn, group)).map(wireUserGroup);
}

/** The `user` event Data: the users-list object without Lang and PhotoFileName, as the spec's User example. */
export function wireUserEvent(world: World, account: Account): JsonObject {
  const { Lang: _lang, PhotoFileName: _photoFileName, ...fields } = wireUser(world, account);
  return fields;
}

/** The `userphoto` Data of a user (blank when they have none). */
export function wireUserPhoto(account: Account): JsonObject {
  return {
    UserName: account.username,
    FileName: account.hasPhoto ? account.photoFileName : '',
    Base64: account.hasPhoto ? account.photoBase64 : '',
  };
}

function sendWorkPeriods(world: World, conn: OperatorConnection): void {
  conn.send('workperiods', null, world.workPeriods.map(wireWorkPeriod), 'Header');
}

// ------------------------------------------------------------------ passwords

/** Why a password is refused ("Passwords cannot contain characters with ASCII codes less than 32, quote or : (colon) characters"), null when fine. */
export function passwordProblem(world: World, password: string): string | null {
  const minimum = world.numberSetting('MinimumPasswordLength', world.serverInfo.minimumPasswordLength);
  if (/[\u0000-\u001f"':]/.test(password)) return 'Passwords cannot contain control characters, quotes or colons';
  if (password.length < minimum) return `Passwords must be at least ${minimum} characters long`;
  return null;
}

function changePassword(ctx: CommandContext): void {
  const { server, world, conn, params } = ctx;
  const [username = '', oldPassword = '', newPassword = ''] = params;
  const account = conn.user;
  if (username.trim().toLowerCase() !== account.username.toLowerCase()) {
    server.accessDenied(conn, 'ChangePassword: the username must be the one you logged in with');
    return;
  }
  if (!world.booleanSetting('AllowChangePassword', true)) {
    server.error(conn, 'ChangePassword: changing passwords is turned off on this server');
    return;
  }
  if (oldPassword !== account.password) {
    server.error(conn, 'ChangePassword: the old password is not correct');
    return;
  }
  const problem = passwordProblem(world, newPassword);
  if (problem !== null) {
    server.error(conn, `ChangePassword: ${problem}`);
    return;
  }
  account.password = newPassword;
  account.requirePasswordReset = false;
  world.appendLog(`${account.username} changed their password`);
  conn.send('passwordchanged', null, newPassword);
}

// ------------------------------------------------------------------ deleting users (and what they created)

/**
 * Deletes users as the spec describes: skills, work periods, documents and auto-responses
 * they created go too; they leave their groups, and (with `deleteEmptyGroups`) a group
 * left without users is deleted. Their connections are closed; everyone else hears of
 * the deleted documents, auto-responses and skills.
 */
export function deleteAccounts(server: SimServer, accounts: readonly Account[], deleteEmptyGroups: boolean): void {
  if (accounts.length === 0) return;
  const world = server.world;
  const names = new Set(accounts.map((account) => account.username.toLowerCase()));
  const byThem = (username: string): boolean => names.has(username.toLowerCase());
  for (const account of accounts) {
    const conn = server.connectionOfUser(account.username);
    if (conn !== undefined) server.closeConnection(conn, 'user deleted');
  }
  const documents = world.documents.filter((document) => !document.visitorUploaded && byThem(document.createdByUser));
  const responseIds = withDescendants(
    world.autoResponses,
    world.autoResponses.filter((response) => byThem(response.ownerUsername)).map((response) => response.id),
  );
  const responses = world.autoResponses.filter((response) => responseIds.includes(response.id));
  const seenDocuments = new Map(server.operators().map((op) => [op, new Set(documents.filter((d) => canSeeDocument(world, op, d)).map((d) => d.id))]));
  const seenResponses = new Map(server.operators().map((op) => [op, new Set(responses.filter((r) => canSeeAutoResponse(op, r)).map((r) => r.id))]));
  const groupIds = new Set(accounts.map((account) => account.groupId).filter((id) => id !== ''));

  removeWhere(world.accounts, (account) => accounts.includes(account));
  removeWhere(world.documents, (document) => documents.includes(document));
  removeWhere(world.autoResponses, (response) => responseIds.includes(response.id));
  const skillIds = withDescendants(world.skills, world.skills.filter((skill) => byThem(skill.createdByUser)).map((skill) => skill.id));
  removeWhere(world.skills, (skill) => skillIds.includes(skill.id));
  for (const holder of [...world.accounts, ...world.userGroups, ...world.autoResponses, ...world.articles]) {
    removeWhere(holder.skillIds, (id) => skillIds.includes(id));
  }
  const periodIds = removeWhere(world.workPeriods, (period) => byThem(period.createdByUser)).map((period) => period.id);
  clearWorkPeriods(world, periodIds);
  if (deleteEmptyGroups) {
    const empty = [...groupIds].filter((id) => !world.accounts.some((account) => account.groupId === id));
    removeWhere(world.userGroups, (group) => empty.includes(group.id));
  }
  for (const account of accounts) world.appendLog(`User ${account.username} deleted`);

  announceDeleted(server, 'deleteddocuments', documents.map((d) => d.id), (op, id) => seenDocuments.get(op)?.has(id) === true);
  announceDeleted(server, 'autoresponsedeleted', responseIds, (op, id) => seenResponses.get(op)?.has(id) === true);
  if (skillIds.length > 0) broadcastSkills(server);
}

function clearWorkPeriods(world: World, periodIds: readonly string[]): void {
  if (periodIds.length === 0) return;
  for (const holder of [...world.accounts, ...world.userGroups, ...world.sites]) {
    if (periodIds.includes(holder.workPeriodId)) holder.workPeriodId = '';
  }
}

// ------------------------------------------------------------------ users

/** Site keys of a saved user or group: blank means the saving user's sites; all must be theirs. */
function savedSiteKeys(ctx: CommandContext, text: string): number[] | null {
  const keys = parseSiteKeyList(text);
  if (keys === null) {
    ctx.server.error(ctx.conn, `${ctx.command}: "${text}" is not a list of SiteKeys`);
    return null;
  }
  if (keys.length === 0) return [...ctx.conn.siteKeys];
  const unknown = keys.filter((key) => ctx.world.site(key) === undefined);
  if (unknown.length > 0) {
    ctx.server.error(ctx.conn, `${ctx.command}: no site with SiteKey ${unknown.join(', ')}`);
    return null;
  }
  if (!ctx.conn.isSystemAdministrator && !keys.every((key) => ctx.conn.canAccessSite(key))) {
    ctx.server.accessDenied(ctx.conn);
    return null;
  }
  return keys;
}

function knownSkills(ctx: CommandContext, ids: readonly string[]): boolean {
  const unknown = ids.filter((id) => ctx.world.skill(id) === undefined);
  if (unknown.length === 0) return true;
  ctx.server.error(ctx.conn, `${ctx.command}: no skill with Id ${unknown.join(', ')}`);
  return false;
}

function knownWorkPeriod(ctx: CommandContext, id: string): boolean {
  if (id === '' || ctx.world.workPeriods.some((period) => period.id === id)) return true;
  ctx.server.error(ctx.conn, `${ctx.command}: no work period with Id "${id}"`);
  return false;
}

function botSettingsFrom(value: unknown, previous: BotSettings | null): BotSettings | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return previous;
  const f = new JsonFields(value as JsonObject);
  return {
    enabled: f.flag(previous?.enabled ?? false, 'Enabled'),
    useLLM: f.flag(previous?.useLLM ?? false, 'UseLLM'),
    botType: f.text(previous?.botType ?? '', 'BotType'),
    pickupSecsOpsOffline: f.number(previous?.pickupSecsOpsOffline ?? 5, 'PickupSecsOpsOffline'),
    pickupSecsOpsOnline: f.number(previous?.pickupSecsOpsOnline ?? 30, 'PickupSecsOpsOnline'),
    pickupOnlyWhenOpsOffline: f.flag(previous?.pickupOnlyWhenOpsOffline ?? false, 'PickupOnlyWhenOpsOffline'),
    closeIdleAfterSecs: f.number(previous?.closeIdleAfterSecs ?? 300, 'CloseIdleAfterSecs'),
    failAttempts: f.number(previous?.failAttempts ?? 3, 'FailAttempts'),
    failTransfer: f.flag(previous?.failTransfer ?? true, 'FailTransfer'),
    ini: f.text(previous?.ini ?? '', 'INI'),
  };
}

function saveUser(ctx: CommandContext): void {
  const f = administratorJsonFields(ctx, 'user');
  if (f === null) return;
  const { server, world, conn } = ctx;
  const isNew = (ctx.params[1] ?? '').trim().toLowerCase() === 'true';
  const username = f.text('', 'UserName', 'Username').trim();
  if (username === '') {
    server.error(conn, 'SaveUser: the user needs a UserName');
    return;
  }
  const existing = world.account(username);
  if (isNew && existing !== undefined) {
    server.error(conn, `SaveUser: a user named "${username}" already exists`);
    return;
  }
  if (!isNew && existing === undefined) {
    server.error(conn, `SaveUser: no user named "${username}" (send "true" as the second parameter to create one)`);
    return;
  }
  if (existing !== undefined && !canAccessUser(conn, existing)) {
    server.accessDenied(conn);
    return;
  }
  const password = f.text('', 'SetPasswordTo');
  if (isNew && password === '') {
    server.error(conn, 'SaveUser: a new user needs a password in SetPasswordTo');
    return;
  }
  const problem = password === '' ? null : passwordProblem(world, password);
  if (problem !== null) {
    server.error(conn, `SaveUser: ${problem}`);
    return;
  }
  const siteKeys = f.has('SiteKeys') ? savedSiteKeys(ctx, f.text('', 'SiteKeys')) : existing?.siteKeys ?? [...conn.siteKeys];
  if (siteKeys === null) return;
  const rights = f.has('Rights') ? f.text('', 'Rights').trim() : existing?.rights ?? DEMO_RIGHTS.operator;
  const wasSystemAdministrator = existing !== undefined && isSystemAdministratorAccount(existing);
  if (decodeRights(rights).isSystemAdministrator !== wasSystemAdministrator) {
    server.error(
      conn,
      wasSystemAdministrator
        ? "SaveUser: the System Administrator's Rights must end in S"
        : 'SaveUser: only one user can be the System Administrator (Rights ending in S)',
    );
    return;
  }
  const skillIds = f.has('SkillIds', 'Skills') ? parseList(f.text('', 'SkillIds', 'Skills')) : existing?.skillIds ?? [];
  if (!knownSkills(ctx, skillIds)) return;
  const groupId = f.has('GroupId') ? f.text('', 'GroupId').trim() : existing?.groupId ?? '';
  if (groupId !== '' && world.userGroup(groupId) === undefined) {
    server.error(conn, `SaveUser: no user group with Id "${groupId}"`);
    return;
  }
  const workPeriodId = f.has('WorkPeriodId') ? f.text('', 'WorkPeriodId').trim() : existing?.workPeriodId ?? '';
  if (!knownWorkPeriod(ctx, workPeriodId)) return;

  const text = (fallback: string, ...names: string[]): string => f.text(fallback, ...names);
  const fields: Omit<Account, 'photoBase64' | 'hasPhoto' | 'photoFileName' | 'clientSettings' | 'setPasswordTo'> = {
    username: existing?.username ?? username,
    password: password === '' ? (existing?.password ?? '') : password,
    name: text(existing?.name ?? username, 'Name'),
    dept: text(existing?.dept ?? '', 'Dept'),
    email: text(existing?.email ?? '', 'Email'),
    phone: text(existing?.phone ?? '', 'Phone'),
    title: text(existing?.title ?? '', 'Title'),
    lang: text(existing?.lang ?? 'en', 'Lang'),
    utcBias: f.number(existing?.utcBias ?? 0, 'UTCBias'),
    maxChats: Math.max(0, f.number(existing?.maxChats ?? 0, 'MaxChats')),
    maxAsyncChats: Math.max(0, f.number(existing?.maxAsyncChats ?? 0, 'MaxAsyncChats', 'MaxAyncChats')),
    autoAccept: f.flag(existing?.autoAccept ?? false, 'AutoAccept', 'AutoAcceptChats'),
    siteKeys,
    skillIds,
    rights,
    isAdmin: f.flag(existing?.isAdmin ?? false, 'IsAdmin'),
    isSupervisor: f.flag(existing?.isSupervisor ?? false, 'IsSupervisor'),
    isTeamLeader: f.flag(existing?.isTeamLeader ?? false, 'IsTeamLeader'),
    isBot: f.flag(existing?.isBot ?? false, 'IsBot'),
    keepLog: f.flag(existing?.keepLog ?? true, 'KeepLog'),
    suggestResponses: f.flag(existing?.suggestResponses ?? true, 'SuggestResponses'),
    workPeriodId,
    groupId,
    greetingMessage: text(existing?.greetingMessage ?? '', 'GreetingMessage'),
    clientOptions: text(existing?.clientOptions ?? '', 'ClientOptions'),
    requirePasswordReset: f.flag(existing?.requirePasswordReset ?? false, 'RequirePasswordReset'),
    botSettings: botSettingsFrom(f.get('BotSettings'), existing?.botSettings ?? null),
  };
  let account: Account;
  // A connected user must log in again when their sites, password or rights change.
  let mustReconnect = false;
  if (existing === undefined) {
    account = { ...fields, hasPhoto: false, photoFileName: '', photoBase64: '', clientSettings: null, setPasswordTo: '' };
    world.accounts.push(account);
  } else {
    const sameSites = existing.siteKeys.length === siteKeys.length && siteKeys.every((key) => existing.siteKeys.includes(key));
    mustReconnect = !sameSites || password !== '' || existing.rights !== rights;
    account = Object.assign(existing, fields);
  }
  world.appendLog(`User ${account.username} ${existing === undefined ? 'created' : 'updated'} by ${conn.username}`);
  const data = wireUserEvent(world, account);
  for (const operator of server.operators()) if (canAccessUser(operator, account)) operator.send('user', null, data);
  const connected = server.connectionOfUser(account.username);
  if (connected === undefined) return;
  if (mustReconnect) server.closeConnection(connected, 'user properties changed');
  else server.broadcastClientEvent(connected);
}

function deleteUser(ctx: CommandContext): void {
  if (!requireAdministrator(ctx)) return;
  const { server, world, conn } = ctx;
  const account = accessibleUser(ctx, 'DeleteUser', (ctx.params[0] ?? '').trim());
  if (account === null) return;
  if (account === conn.account) {
    server.error(conn, 'DeleteUser: you cannot delete the user you are logged in as');
    return;
  }
  if (isSystemAdministratorAccount(account)) {
    server.error(conn, 'DeleteUser: the System Administrator cannot be deleted');
    return;
  }
  deleteAccounts(server, [account], true);
  conn.send('users', null, usersFor(world, conn));
}

function userPhoto(ctx: CommandContext): void {
  const { server, world, conn, params } = ctx;
  const [username = '', fileNameText = '', base64Text = ''] = params;
  const account = world.account(username);
  if (account === undefined) {
    server.error(conn, `UserPhoto: no user named "${username}"`);
    return;
  }
  // Anyone may set their own photo; another user's needs Administrator rights.
  const mayEdit = account === conn.account || ((conn.user.isAdmin || conn.isSystemAdministrator) && canAccessUser(conn, account));
  if (!mayEdit) {
    server.accessDenied(conn);
    return;
  }
  const fileName = fileNameText.trim();
  const base64 = base64Text.replace(/\s+/g, '');
  if (fileName === '' && base64 === '') {
    account.hasPhoto = false;
    account.photoFileName = '';
    account.photoBase64 = '';
  } else {
    if (!/\.(png|jpe?g|gif|bmp|webp|svg)$/i.test(fileName)) {
      server.error(conn, 'UserPhoto: the file name must end in an image extension (.png, .jpg, .gif, .bmp, .webp, .svg)');
      return;
    }
    if (base64 === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
      server.error(conn, 'UserPhoto: the photo must be base64');
      return;
    }
    account.hasPhoto = true;
    account.photoFileName = fileName;
    account.photoBase64 = base64;
  }
  const data = wireUserPhoto(account);
  for (const operator of server.operators()) {
    if (canAccessUser(operator, account)) operator.send('userphoto', [account.username], data);
  }
  const connected = server.connectionOfUser(account.username);
  if (connected !== undefined) server.broadcastClientEvent(connected);
}

function getUserPhotos(ctx: CommandContext): void {
  const { server, conn } = ctx;
  const usernames = parseList(ctx.params[0] ?? '');
  if (usernames.length === 0) {
    server.error(conn, 'GetUserPhotos: name at least one user');
    return;
  }
  for (const username of usernames) {
    const account = accessibleUser(ctx, 'GetUserPhotos', username);
    if (account !== null) conn.send('userphoto', [account.username], wireUserPhoto(account));
  }
}

// ------------------------------------------------------------------ user groups

function saveUserGroup(ctx: CommandContext): void {
  const f = administratorJsonFields(ctx, 'user group');
  if (f === null) return;
  const { server, world, conn } = ctx;
  const id = f.text('', 'Id').trim();
  const existing = id === '' ? undefined : world.userGroup(id);
  if (id !== '' && existing === undefined) {
    server.error(conn, `SaveUserGroup: no user group with Id "${id}"`);
    return;
  }
  if (existing !== undefined && !canAccessGroup(conn, existing)) {
    server.accessDenied(conn);
    return;
  }
  const name = f.text(existing?.name ?? '', 'Name').trim();
  if (name === '') {
    server.error(conn, 'SaveUserGroup: the group needs a Name');
    return;
  }
  const siteKeys = f.has('SiteKeys') ? savedSiteKeys(ctx, f.text('', 'SiteKeys')) : existing?.siteKeys ?? [...conn.siteKeys];
  if (siteKeys === null) return;
  const rights = f.text(existing?.rights ?? DEMO_RIGHTS.operator, 'Rights').trim();
  if (decodeRights(rights).isSystemAdministrator) {
    server.error(conn, 'SaveUserGroup: a group cannot hold System Administrator rights');
    return;
  }
  const skillIds = f.has('SkillIds') ? parseList(f.text('', 'SkillIds')) : existing?.skillIds ?? [];
  if (!knownSkills(ctx, skillIds)) return;
  const workPeriodId = f.text(existing?.workPeriodId ?? '', 'WorkPeriodId').trim();
  if (!knownWorkPeriod(ctx, workPeriodId)) return;
  const fields: Omit<UserGroupRecord, 'id'> = {
    name,
    dept: f.text(existing?.dept ?? '', 'Dept'),
    maxChats: Math.max(0, f.number(existing?.maxChats ?? 0, 'MaxChats')),
    autoAccept: f.flag(existing?.autoAccept ?? false, 'AutoAccept'),
    siteKeys,
    skillIds,
    rights,
    isAdmin: f.flag(existing?.isAdmin ?? false, 'IsAdmin'),
    isSupervisor: f.flag(existing?.isSupervisor ?? false, 'IsSupervisor'),
    suggestResponses: f.flag(existing?.suggestResponses ?? true, 'SuggestResponses'),
    workPeriodId,
    moderatorList: f.text(existing?.moderatorList ?? '', 'ModeratorList'),
    lang: f.text(existing?.lang ?? 'en', 'Lang'),
  };
  if (existing === undefined) world.userGroups.push({ id: world.newId(), ...fields });
  else Object.assign(existing, fields);
  conn.send('usergroups', null, groupsFor(world, conn));
}

function deleteUserGroup(ctx: CommandContext): void {
  if (!requireAdministrator(ctx)) return;
  const { server, world, conn } = ctx;
  const id = (ctx.params[0] ?? '').trim();
  const group = world.userGroup(id);
  if (group === undefined) {
    server.error(conn, `DeleteUserGroup: no user group with Id "${id}"`);
    return;
  }
  if (!canAccessGroup(conn, group)) {
    server.accessDenied(conn);
    return;
  }
  // The spec: "any none-admin users that are members of the group will also be deleted".
  const members = world.accounts.filter((account) => account.groupId === id);
  const keep = (account: Account): boolean =>
    account.isAdmin || isSystemAdministratorAccount(account) || account === conn.account;
  for (const member of members.filter(keep)) member.groupId = '';
  removeWhere(world.userGroups, (item) => item === group);
  const deleted = members.filter((member) => !keep(member));
  deleteAccounts(server, deleted, false);
  conn.send('usergroups', null, groupsFor(world, conn));
  if (deleted.length > 0) conn.send('users', null, usersFor(world, conn));
}

// ------------------------------------------------------------------ work periods

/** A work period day: "start,lunchStart,lunchEnd,end", each hh:mm[:ss] or blank. */
function workDay(text: string): string | null {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== 4) return null;
  const times: string[] = [];
  for (const part of parts) {
    if (part === '') {
      times.push('');
      continue;
    }
    const match = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(part);
    if (match === null) return null;
    times.push(`${match[1]}:${match[2]}:${match[3] ?? '00'}`);
  }
  return times.join(',');
}

function saveWorkPeriod(ctx: CommandContext): void {
  const f = administratorJsonFields(ctx, 'work period');
  if (f === null) return;
  const { server, world, conn } = ctx;
  const id = f.text('', 'Id').trim();
  const existing = id === '' ? undefined : world.workPeriods.find((period) => period.id === id);
  if (id !== '' && existing === undefined) {
    server.error(conn, `SaveWorkPeriod: no work period with Id "${id}"`);
    return;
  }
  const description = f.text(existing?.description ?? '', 'Description').trim();
  if (description === '') {
    server.error(conn, 'SaveWorkPeriod: the work period needs a Description');
    return;
  }
  const days = [...(existing?.days ?? [',,,', ',,,', ',,,', ',,,', ',,,', ',,,', ',,,'])] as WorkPeriodRecord['days'];
  for (let index = 0; index < 7; index += 1) {
    const name = `Day${index + 1}`;
    if (!f.has(name)) continue;
    const day = workDay(f.text('', name));
    if (day === null) {
      server.error(conn, `SaveWorkPeriod: ${name} must be "start,lunch start,lunch end,end" times (hh:mm:ss), or ",,,"`);
      return;
    }
    days[index] = day;
  }
  if (existing === undefined) world.workPeriods.push({ id: world.newId(), description, createdByUser: conn.username, days });
  else Object.assign(existing, { description, days });
  sendWorkPeriods(world, conn);
}

function deleteWorkPeriod(ctx: CommandContext): void {
  if (!requireAdministrator(ctx)) return;
  const { server, world, conn } = ctx;
  const id = (ctx.params[0] ?? '').trim();
  if (removeWhere(world.workPeriods, (period) => period.id === id).length === 0) {
    server.error(conn, `DeleteWorkPeriod: no work period with Id "${id}"`);
    return;
  }
  clearWorkPeriods(world, [id]);
  sendWorkPeriods(world, conn);
}

export const userAdminHandlers: HandlerTable = {
  ChangePassword: changePassword,
  GetUsers: ({ world, conn }) => conn.send('users', null, usersFor(world, conn)),
  SaveUser: saveUser,
  DeleteUser: deleteUser,
  GetUserPhotos: getUserPhotos,
  UserPhoto: userPhoto,
  GetUserGroups: ({ world, conn }) => conn.send('usergroups', null, groupsFor(world, conn)),
  SaveUserGroup: saveUserGroup,
  DeleteUserGroup: deleteUserGroup,
  GetWorkPeriods: ({ world, conn }) => sendWorkPeriods(world, conn),
  SaveWorkPeriod: saveWorkPeriod,
  DeleteWorkPeriod: deleteWorkPeriod,
};
