/**
 * Site administration (Administrator rights, and only sites the user has): CreateSite,
 * GetSiteProperties / SaveSite (the full Site Json), DeleteSite (-> `sitedeleted`), site
 * images and chat-window strings. Everyone with access to a created or saved site gets
 * the `site` event; a deleted site's other users are disconnected, as the spec says.
 */

import { closeActiveChat } from '../chat-lifecycle.js';
import { canSeeAutoResponse, withDescendants } from '../knowledge-access.js';
import {
  SYSTEM_ADMIN_SITE_PROPERTIES,
  applySiteProperties,
  deepMerge,
  defaultSiteImages,
  readPath,
  siteImages,
  siteProperties,
  storedSiteStrings,
  writePath,
} from '../site-admin-data.js';
import { visitorTraffic } from '../visitor-traffic.js';
import { wireDateWithZone, wireSite } from '../wire.js';
import type { Account, JsonObject, JsonValue, SiteRecord, World } from '../world.js';
import { accessibleUser, canAccessGroup, canAccessUser, deleteAccounts, isSystemAdministratorAccount } from './admin-users.js';
import { administratorJsonFields, JsonFields, jsonParam, parseList, parseSiteKey, requireAdministrator, siteKeyParam } from './command-checks.js';
import { announceDeleted, removeWhere } from './fan-out.js';
import type { CommandContext, HandlerTable } from './registry.js';

const DEFAULT_GREETING = 'Good %TimeOfDay% %Name%. My name is %MyName% how can I help you?';

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A new site's record: a copy of `source` (new key, name, domain) or the defaults the spec's Site example shows. */
function newSiteRecord(siteKey: number, name: string, domain: string, source: SiteRecord | undefined): SiteRecord {
  if (source !== undefined) return { ...clone(source), siteKey, name, domain };
  return {
    siteKey,
    name,
    domain,
    paused: false,
    hasTrackingCode: false,
    utcBias: 0,
    workPeriodId: '',
    greetingMessage: DEFAULT_GREETING,
    slaWarningSeconds: 20,
    slaReachedSeconds: 40,
    allowEmoji: true,
    allowFileUpload: 2,
    disableFileSend: false,
    translationEnabled: false,
    preventBlock: false,
    onDemandFields: [],
    wrapUp: { message: '', type: 'Menu', options: [], required: false, show: 'SessionEnd', enabled: false },
    customForm: { enabled: false, title: '', url: '' },
    crm: { enabled: false, autoPosting: false, showClientButton: false },
    tags: [],
    transferQueues: [{ number: 1, name: 'Default Queue', maxSessions: 100 }],
    siteINI: '',
    departments: [],
    textRules: [],
    throttleAtVisitors: 200,
  };
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function createSite(ctx: CommandContext): void {
  if (!requireAdministrator(ctx)) return;
  const { server, world, conn, params } = ctx;
  const [domainText = '', nameText = '', cloneText = '', usernamesText = ''] = params;
  const domain = domainText.trim();
  const name = nameText.trim();
  if (domain === '' || name === '') {
    server.error(conn, 'CreateSite: the domain name and the site name are required');
    return;
  }
  if (world.sites.some((site) => sameText(site.domain, domain))) {
    server.error(conn, `CreateSite: a site with the domain "${domain}" already exists`);
    return;
  }
  let source: SiteRecord | undefined;
  if (cloneText.trim() !== '') {
    const cloneKey = parseSiteKey(cloneText);
    source = cloneKey === null ? undefined : world.site(cloneKey);
    if (cloneKey === null || source === undefined) {
      server.error(conn, `CreateSite: no site with SiteKey "${cloneText}" to copy`);
      return;
    }
    if (!server.requireSite(conn, cloneKey)) return;
  }
  // Blank user names: every user and group the creator has access to gets the new site.
  const names = parseList(usernamesText);
  let users: Account[];
  if (names.length === 0) {
    users = world.accounts.filter((account) => canAccessUser(conn, account));
  } else {
    users = [];
    for (const username of names) {
      const account = accessibleUser(ctx, 'CreateSite', username);
      if (account === null) return;
      users.push(account);
    }
  }
  const groups = names.length === 0 ? world.userGroups.filter((group) => canAccessGroup(conn, group)) : [];
  const siteKey = world.sites.reduce((max, site) => Math.max(max, site.siteKey), 0) + 1;
  const site = newSiteRecord(siteKey, name, domain, source);
  world.sites.push(site);
  if (source !== undefined) {
    const properties = siteProperties(world, source);
    Object.assign(properties, { Id: world.newId(), SiteKey: siteKey, Name: name, Domain: domain });
    world.siteProperties.set(siteKey, properties);
    world.siteStrings.set(
      siteKey,
      storedSiteStrings(world, source.siteKey).map((strings) => ({ ...clone(strings), Id: world.newId(), SiteKey: siteKey })),
    );
    world.siteImages.set(
      siteKey,
      siteImages(world, source).map((image) => ({ ...clone(image), SiteKey: siteKey, Domain: domain })),
    );
  }
  for (const holder of [...users, conn.user, ...groups]) {
    if (!holder.siteKeys.includes(siteKey)) holder.siteKeys.push(siteKey);
  }
  world.appendLog(`Site ${siteKey} (${domain}) created by ${conn.username}`);
  server.sendToSiteAccess(siteKey, 'site', null, wireSite(world, site));
}

function siteOf(ctx: CommandContext, siteKey: number): SiteRecord | null {
  const site = ctx.world.site(siteKey);
  if (site === undefined) ctx.server.error(ctx.conn, `${ctx.command}: no site with SiteKey ${siteKey}`);
  return site ?? null;
}

function getSiteProperties(ctx: CommandContext): void {
  if (!requireAdministrator(ctx)) return;
  const siteKey = siteKeyParam(ctx);
  const site = siteKey === null ? null : siteOf(ctx, siteKey);
  if (site === null) return;
  ctx.conn.send('siteproperties', [String(site.siteKey)], siteProperties(ctx.world, site));
}

function saveSite(ctx: CommandContext): void {
  if (!requireAdministrator(ctx)) return;
  const json = jsonParam(ctx, 'site properties');
  if (json === null) return;
  const { server, world, conn } = ctx;
  const siteKey = new JsonFields(json).number(0, 'SiteKey');
  const site = world.site(siteKey);
  if (site === undefined) {
    server.error(conn, `SaveSite: no site with SiteKey ${siteKey} (use CreateSite for a new site)`);
    return;
  }
  if (!server.requireSite(conn, siteKey)) return;
  const previous = siteProperties(world, site);
  const domain = json['Domain'];
  if (typeof domain === 'string' && !sameText(domain, site.domain)) {
    server.error(conn, 'SaveSite: the Domain of an existing site cannot be changed');
    return;
  }
  const saved = deepMerge(previous, json);
  if (!conn.isSystemAdministrator) {
    // Properties only the system administrator may change keep their values.
    for (const path of SYSTEM_ADMIN_SITE_PROPERTIES) writePath(saved, path, readPath(previous, path));
  }
  Object.assign(saved, {
    SiteKey: siteKey,
    Domain: site.domain,
    LastEditedByUser: conn.username,
    LastEditedDate: wireDateWithZone(world.now()),
  });
  world.siteProperties.set(siteKey, saved);
  applySiteProperties(site, saved);
  world.appendLog(`Site ${siteKey} saved by ${conn.username}`);
  conn.send('accepted', null, null);
  server.sendToSiteAccess(siteKey, 'site', null, wireSite(world, site));
}

function removeSiteKey(holder: { siteKeys: number[] }, siteKey: number): boolean {
  return removeWhere(holder.siteKeys, (key) => key === siteKey).length > 0;
}

function deleteSite(ctx: CommandContext): void {
  if (!requireAdministrator(ctx)) return;
  const siteKey = siteKeyParam(ctx);
  const site = siteKey === null ? null : siteOf(ctx, siteKey);
  if (site === null || siteKey === null) return;
  const { server, world, conn } = ctx;
  // Chats and visitors of the site end while everyone concerned is still connected.
  for (const chat of [...world.chats.values()].filter((item) => item.siteKey === siteKey)) {
    closeActiveChat(server, chat, conn);
  }
  const traffic = visitorTraffic(server);
  for (const visit of traffic.activeVisitors(siteKey)) traffic.visitorLeavesSite(`${visit.siteKey}:${visit.ip}:${visit.trackingId}`);
  for (const missed of removeWhere(world.missedChats, (item) => item.siteKey === siteKey)) {
    if (conn.rights.canRespondToMissedChats) conn.send('missedchatclosed', [missed.chatUid], '');
  }
  // "Any connected users who had access to the site will be disconnected and must re-login."
  for (const other of server.operators()) {
    if (other !== conn && other.canAccessSite(siteKey)) server.closeConnection(other, 'site deleted');
  }

  const orphanResponses = world.autoResponses.filter(
    (response) => response.siteKeys.length === 1 && response.siteKeys[0] === siteKey,
  );
  const responseIds = withDescendants(world.autoResponses, orphanResponses.map((response) => response.id));
  const seenResponses = new Set(
    world.autoResponses.filter((response) => responseIds.includes(response.id) && canSeeAutoResponse(conn, response)).map((response) => response.id),
  );
  removeWhere(world.autoResponses, (response) => responseIds.includes(response.id));
  for (const response of world.autoResponses) removeSiteKey(response, siteKey);
  for (const holder of [...world.skills, ...world.articles]) removeSiteKey(holder, siteKey);
  const orphanGroups = world.userGroups.filter((group) => removeSiteKey(group, siteKey) && group.siteKeys.length === 0);
  removeWhere(world.userGroups, (group) => orphanGroups.includes(group));
  for (const account of world.accounts) {
    if (orphanGroups.some((group) => group.id === account.groupId)) account.groupId = '';
  }
  const orphanUsers = world.accounts.filter(
    (account) =>
      removeSiteKey(account, siteKey) &&
      account.siteKeys.length === 0 &&
      account !== conn.account &&
      !isSystemAdministratorAccount(account),
  );
  deleteAccounts(server, orphanUsers, false);
  removeWhere(world.documents, (document) => document.siteKey === siteKey);
  removeWhere(world.sites, (item) => item === site);
  world.siteProperties.delete(siteKey);
  world.siteStrings.delete(siteKey);
  world.siteImages.delete(siteKey);
  world.appendLog(`Site ${siteKey} (${site.domain}) deleted by ${conn.username}`);
  announceDeleted(server, 'autoresponsedeleted', responseIds, (operator, id) => operator === conn && seenResponses.has(id));
  conn.send('sitedeleted', [String(siteKey)], null);
}

// ------------------------------------------------------------------ images

function saveSiteImage(ctx: CommandContext): void {
  const f = administratorJsonFields(ctx, 'site image');
  if (f === null) return;
  const { server, world, conn } = ctx;
  const site = world.site(f.number(0, 'SiteKey'));
  if (site === undefined) {
    server.error(conn, 'SaveSiteImage: the image needs the SiteKey of an existing site');
    return;
  }
  if (!server.requireSite(conn, site.siteKey)) return;
  const imageType = f.number(0, 'ImageType');
  if (![1, 2, 3, 4, 5, 6].includes(imageType)) {
    server.error(conn, 'SaveSiteImage: ImageType must be 1 to 6 (online, offline, chat logo, mobile logo, mobile online, mobile offline)');
    return;
  }
  const language = f.text('en', 'Language').trim().toLowerCase() || 'en';
  const ext = f.text('', 'Ext').trim().replace(/^\./, '').toLowerCase();
  const base64 = f.text('', 'Base64').replace(/\s+/g, '');
  if (!/^(png|gif|jpe?g|webp|svg|bmp)$/.test(ext)) {
    server.error(conn, 'SaveSiteImage: Ext must be an image type (png, gif, jpg, webp, svg, bmp)');
    return;
  }
  if (base64 === '' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    server.error(conn, 'SaveSiteImage: Base64 must hold the image data');
    return;
  }
  const images = siteImages(world, site);
  // Another language starts from the default language's six images.
  if (!images.some((image) => image['Language'] === language)) {
    images.push(...defaultSiteImages(site, language));
  }
  const image: JsonObject = { SiteKey: site.siteKey, Domain: site.domain, ImageType: imageType, Language: language, Ext: ext, Base64: base64 };
  const index = images.findIndex((item) => item['ImageType'] === imageType && item['Language'] === language);
  images.splice(index, 1, image);
  world.siteImages.set(site.siteKey, images);
  conn.send('siteimages', [String(site.siteKey)], images);
}

// ------------------------------------------------------------------ strings

/** The defaults (SiteKey 0) and the strings of the given sites. */
function stringsOf(world: World, siteKeys: readonly number[]): JsonValue[] {
  return [...storedSiteStrings(world, 0), ...siteKeys.flatMap((key) => storedSiteStrings(world, key))];
}

function getSiteStrings(ctx: CommandContext): void {
  if (!requireAdministrator(ctx)) return;
  const { world, conn } = ctx;
  if ((ctx.params[0] ?? '').trim() === '') {
    const keys = world.sites.filter((site) => conn.canAccessSite(site.siteKey)).map((site) => site.siteKey);
    conn.send('sitestrings', null, stringsOf(world, keys));
    return;
  }
  const siteKey = siteKeyParam(ctx);
  if (siteKey === null || siteOf(ctx, siteKey) === null) return;
  conn.send('sitestrings', [String(siteKey)], stringsOf(world, [siteKey]));
}

function saveSiteStrings(ctx: CommandContext): void {
  if (!requireAdministrator(ctx)) return;
  const json = jsonParam(ctx, 'site strings');
  if (json === null) return;
  const { server, world, conn } = ctx;
  const f = new JsonFields(json);
  const siteKey = f.number(-1, 'SiteKey');
  if (siteKey === 0) {
    // The server-wide defaults belong to the system administrator.
    if (!conn.isSystemAdministrator) {
      server.accessDenied(conn);
      return;
    }
  } else if (world.site(siteKey) === undefined) {
    server.error(conn, 'SaveSiteStrings: SiteKey must be 0 (the defaults) or an existing site');
    return;
  } else if (!server.requireSite(conn, siteKey)) {
    return;
  }
  const languageCode = f.text('', 'LanguageCode').trim().toLowerCase();
  if (languageCode === '') {
    server.error(conn, 'SaveSiteStrings: LanguageCode is required');
    return;
  }
  const uiStrings = f.get('UIStrings');
  if (uiStrings !== undefined && !Array.isArray(uiStrings)) {
    server.error(conn, 'SaveSiteStrings: UIStrings must be a list');
    return;
  }
  const list = storedSiteStrings(world, siteKey);
  const id = f.text('', 'Id').trim();
  let index = -1;
  if (id === '') {
    if (list.some((item) => String(item['LanguageCode'] ?? '').toLowerCase() === languageCode)) {
      server.error(conn, `SaveSiteStrings: the ${languageCode} strings of this site exist already; send their Id to change them`);
      return;
    }
  } else {
    index = list.findIndex((item) => item['Id'] === id);
    if (index < 0) {
      server.error(conn, `SaveSiteStrings: no site strings with Id "${id}" for SiteKey ${siteKey}`);
      return;
    }
  }
  const saved: JsonObject = {
    ...(index < 0 ? {} : (list[index] as JsonObject)),
    ...json,
    Id: id === '' ? world.newId() : id,
    SiteKey: siteKey,
    LanguageCode: languageCode,
  };
  if (!Array.isArray(saved['UIStrings'])) saved['UIStrings'] = [];
  if (index < 0) list.push(saved);
  else list.splice(index, 1, saved);
  const keys = siteKey === 0 ? world.sites.filter((site) => conn.canAccessSite(site.siteKey)).map((site) => site.siteKey) : [siteKey];
  conn.send('sitestrings', [String(siteKey)], stringsOf(world, keys));
}

export const siteAdminHandlers: HandlerTable = {
  CreateSite: createSite,
  GetSiteProperties: getSiteProperties,
  SaveSite: saveSite,
  DeleteSite: deleteSite,
  GetSiteImages: (ctx) => {
    if (!requireAdministrator(ctx)) return;
    const siteKey = siteKeyParam(ctx);
    const site = siteKey === null ? null : siteOf(ctx, siteKey);
    if (site !== null) ctx.conn.send('siteimages', [String(site.siteKey)], siteImages(ctx.world, site));
  },
  SaveSiteImage: saveSiteImage,
  GetSiteStrings: getSiteStrings,
  SaveSiteStrings: saveSiteStrings,
};
