/**
 * Knowledge commands: skills, documents, auto-responses, knowledge-store articles,
 * ArticleSearch / GetSuggestion, and Translate. Every list is scoped by the user's sites
 * (src/sim/knowledge-access.ts); every change reaches each connected user who can see the
 * item, and those who could see it before but not after learn it is gone.
 *
 * Rights: Can Edit Auto Responses, Can Edit Articles, Can Add/Delete Documents; skills are
 * edited by administrators. Content limits as the spec states them: auto-response 2000,
 * article 10,000 characters.
 */

import { textLimits } from '../../core/protocol/commands.js';
import {
  ARTICLE_CONTENT_LIMIT,
  ImportError,
  decodeBase64Text,
  fileText,
  importKindOf,
  splitPages,
} from '../article-import.js';
import {
  canSeeArticle,
  canSeeAutoResponse,
  canSeeDocument,
  canSeeSkill,
  withDescendants,
} from '../knowledge-access.js';
import { searchKnowledge, suggestionsFor, type SearchScope } from '../knowledge-search.js';
import type { OperatorConnection, SimServer } from '../server.js';
import { translateText } from '../translator.js';
import { wireArticle, wireArticleSummary, wireAutoResponse, wireDocument } from '../wire.js';
import type {
  ArticleRecord,
  AutoResponseRecord,
  DocumentRecord,
  JsonObject,
  KnowledgeItemRecord,
  SkillRecord,
  World,
} from '../world.js';
import { announceDeleted, broadcastSkills, removeWhere, skillsFor } from './fan-out.js';
import {
  administratorJsonFields,
  parseList,
  parseSiteKey,
  parseSiteKeyList,
  requireAdministrator,
  requireRight,
  siteKeyParam,
  type RightName,
} from './command-checks.js';
import type { CommandContext, HandlerFamily } from './registry.js';

/** Per-server state: which articles each imported file produced (re-importing replaces them). */
interface KnowledgeState {
  readonly importedFrom: Map<string, string[]>;
}

function knowledgeState(server: SimServer): KnowledgeState {
  return server.extension('knowledge', () => ({ importedFrom: new Map<string, string[]>() }));
}

// ------------------------------------------------------------------ wire helpers

/** Where a stored document is downloaded (the spec's Url field). */
export function documentUrl(world: World, documentId: string): string {
  const base = world.serverInfo.gatewayPassthroughUrl.replace(/\/+$/, '');
  return `${base}/document?id=${documentId}`;
}

/**
 * A document as the spec's Documents/Document examples show it, Url before Base64.
 * `content`: 'list' (Base64 null), 'announce' (a new or changed file: Base64 ""), 'full'.
 */
export function wireDocumentEvent(world: World, document: DocumentRecord, content: 'list' | 'announce' | 'full'): JsonObject {
  const { Base64: base64, ...fields } = wireDocument(document, content === 'full');
  return {
    ...fields,
    Url: documentUrl(world, document.id),
    Base64: content === 'list' ? null : content === 'announce' ? '' : (base64 ?? ''),
  };
}

function watchers(server: SimServer, canSee: (conn: OperatorConnection) => boolean): Set<OperatorConnection> {
  return new Set(server.operators().filter(canSee));
}

// ------------------------------------------------------------------ shared checks

function siteKeysParam(ctx: CommandContext, text: string, blank: 'private' | 'mine'): number[] | null {
  const keys = parseSiteKeyList(text);
  if (keys === null) {
    ctx.server.error(ctx.conn, `${ctx.command}: "${text}" is not a list of SiteKeys`);
    return null;
  }
  if (keys.length === 0) return blank === 'mine' ? [...ctx.conn.siteKeys] : [];
  const unknown = keys.filter((key) => ctx.world.site(key) === undefined);
  if (unknown.length > 0) {
    ctx.server.error(ctx.conn, `${ctx.command}: no site with SiteKey ${unknown.join(', ')}`);
    return null;
  }
  if (!keys.every((key) => ctx.conn.canAccessSite(key))) {
    ctx.server.accessDenied(ctx.conn);
    return null;
  }
  return keys;
}

function limitText(ctx: CommandContext, content: string, limit: number): boolean {
  if (content.length <= limit) return true;
  ctx.server.error(ctx.conn, `${ctx.command}: Content is ${content.length} characters; the limit is ${limit}`);
  return false;
}

/** A parent id that exists, is visible and is not the item or one of its descendants; else '' (the spec: ignored). */
function acceptableParent<T extends { id: string; parentId: string }>(
  items: readonly T[],
  parentId: string,
  itemId: string,
  canSee: (item: T) => boolean,
): string {
  const parent = items.find((item) => item.id === parentId);
  if (parent === undefined || !canSee(parent)) return '';
  if (itemId !== '' && withDescendants(items, [itemId]).includes(parentId)) return '';
  return parentId;
}

// ------------------------------------------------------------------ skills

function saveSkill(ctx: CommandContext): void {
  const fields = administratorJsonFields(ctx, 'skill');
  if (fields === null) return;
  const { server, world, conn } = ctx;
  const id = fields.text('', 'Id').trim();
  const name = fields.text('', 'Name').trim();
  if (name === '') {
    server.error(conn, 'SaveSkill: the skill needs a Name');
    return;
  }
  const existing = id === '' ? undefined : world.skill(id);
  if (id !== '' && existing === undefined) {
    server.error(conn, `SaveSkill: no skill with Id "${id}"`);
    return;
  }
  if (existing !== undefined && !canSeeSkill(conn, existing)) {
    server.accessDenied(conn);
    return;
  }
  const siteKeys = siteKeysParam(ctx, fields.text('', 'SiteKeys'), 'mine');
  if (siteKeys === null) return;
  const parentText = fields.text('', 'ParentId').trim();
  const parentId = parentText === '' ? '' : acceptableParent(world.skills, parentText, id, (skill) => canSeeSkill(conn, skill));
  if (parentText !== '' && parentId === '') {
    server.error(conn, `SaveSkill: "${parentText}" cannot be the parent of this skill`);
    return;
  }
  if (existing === undefined) {
    const skill: SkillRecord = { id: world.newId(), parentId, name, createdByUser: conn.username, siteKeys };
    world.skills.push(skill);
  } else {
    Object.assign(existing, { parentId, name, siteKeys });
  }
  broadcastSkills(server);
}

function deleteSkill(ctx: CommandContext): void {
  if (!requireAdministrator(ctx)) return;
  const { server, world, conn } = ctx;
  const id = (ctx.params[0] ?? '').trim();
  const skill = world.skill(id);
  if (skill === undefined) {
    server.error(conn, `DeleteSkill: no skill with Id "${id}"`);
    return;
  }
  if (!canSeeSkill(conn, skill)) {
    server.accessDenied(conn);
    return;
  }
  const ids = withDescendants(world.skills, [id]);
  removeWhere(world.skills, (item) => ids.includes(item.id));
  const strip = (list: string[]): void => {
    removeWhere(list, (skillId) => ids.includes(skillId));
  };
  for (const account of world.accounts) strip(account.skillIds);
  for (const group of world.userGroups) strip(group.skillIds);
  for (const response of world.autoResponses) strip(response.skillIds);
  for (const article of world.articles) strip(article.skillIds);
  broadcastSkills(server);
}

// ------------------------------------------------------------------ documents

const MIME_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  md: 'text/markdown',
  csv: 'text/csv',
  htm: 'text/html',
  html: 'text/html',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

export function mimeTypeOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return MIME_TYPES[dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase()] ?? 'application/octet-stream';
}

/** Bytes of base64 data, or null when it is not base64. */
export function base64Size(base64: string): number | null {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return null;
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  return Math.floor((compact.length * 3) / 4) - padding;
}

/** What a new document must say; the rest defaults to a user's file that nobody has opened. */
type NewDocumentFields = Pick<DocumentRecord, 'fileName' | 'size' | 'siteKey' | 'base64'> &
  Partial<Pick<DocumentRecord, 'folder' | 'createdByUser' | 'visitorName' | 'visitorUploaded' | 'singleUse' | 'accessCount'>>;

/** A document as first stored (SaveDocument, SendNewDocumentTo, a visitor's upload): a new id, dated now, not pinned. */
export function newDocument(world: World, fields: NewDocumentFields): DocumentRecord {
  const now = world.now();
  return {
    id: world.newId(),
    fileName: fields.fileName,
    folder: fields.folder ?? '',
    mimeType: mimeTypeOf(fields.fileName),
    dated: now,
    lastAccessed: now,
    size: fields.size,
    createdByUser: fields.createdByUser ?? '',
    visitorName: fields.visitorName ?? '',
    visitorUploaded: fields.visitorUploaded ?? false,
    siteKey: fields.siteKey,
    pinned: false,
    singleUse: fields.singleUse ?? false,
    accessCount: fields.accessCount ?? 0,
    base64: fields.base64,
  };
}

/** `document` (without content) to every operator who may see the document. */
export function announceDocument(server: SimServer, document: DocumentRecord): void {
  const world = server.world;
  const data = wireDocumentEvent(world, document, 'announce');
  server.sendTo((conn) => canSeeDocument(world, conn, document), 'document', null, data);
}

function findDocument(ctx: CommandContext, id: string): DocumentRecord | null {
  const document = ctx.world.documents.find((item) => item.id === id);
  if (document === undefined) {
    ctx.server.error(ctx.conn, `${ctx.command}: no document with Id "${id}"`);
    return null;
  }
  if (!canSeeDocument(ctx.world, ctx.conn, document)) {
    ctx.server.accessDenied(ctx.conn);
    return null;
  }
  return document;
}

function saveDocument(ctx: CommandContext): void {
  if (!requireRight(ctx, 'canAddDeleteDocuments')) return;
  const { server, world, conn, params } = ctx;
  const [fileName = '', folder = '', singleUseText = '', siteKeyText = '', base64 = ''] = params;
  if (fileName.trim() === '') {
    server.error(conn, 'SaveDocument: the file name is required');
    return;
  }
  let siteKey = 0;
  if (siteKeyText.trim() !== '' && siteKeyText.trim() !== '0') {
    const parsed = parseSiteKey(siteKeyText);
    if (parsed === null) {
      server.error(conn, `SaveDocument: "${siteKeyText}" is not a SiteKey`);
      return;
    }
    if (!server.requireSite(conn, parsed)) return;
    siteKey = parsed;
  }
  const size = base64.trim() === '' ? null : base64Size(base64);
  if (size === null) {
    server.error(conn, 'SaveDocument: the file content must be base64');
    return;
  }
  const document = newDocument(world, {
    fileName: fileName.trim(),
    folder,
    size,
    createdByUser: conn.username,
    siteKey,
    singleUse: singleUseText.trim().toLowerCase() === 'true',
    base64: base64.replace(/\s+/g, ''),
  });
  world.documents.push(document);
  // A single-use file is announced to nobody else; its uploader still needs its id.
  if (document.singleUse) conn.send('document', null, wireDocumentEvent(world, document, 'announce'));
  else announceDocument(server, document);
}

function deleteDocuments(ctx: CommandContext): void {
  if (!requireRight(ctx, 'canAddDeleteDocuments')) return;
  const { server, world, conn } = ctx;
  const requested = parseList(ctx.params[0] ?? '');
  let documents: DocumentRecord[];
  if (requested.length === 0) {
    // The spec: no ids deletes every document of the user.
    documents = world.documents.filter((document) => document.createdByUser.toLowerCase() === conn.username.toLowerCase());
  } else {
    documents = [];
    for (const id of requested) {
      const document = findDocument(ctx, id);
      if (document === null) return;
      documents.push(document);
    }
  }
  if (documents.length === 0) {
    conn.send('deleteddocuments', null, '');
    return;
  }
  const visibleBefore = new Map(
    server.operators().map((operator) => [
      operator,
      new Set(documents.filter((document) => canSeeDocument(world, operator, document)).map((document) => document.id)),
    ]),
  );
  const ids = documents.map((document) => document.id);
  removeWhere(world.documents, (document) => ids.includes(document.id));
  announceDeleted(server, 'deleteddocuments', ids, (operator, id) => visibleBefore.get(operator)?.has(id) === true);
}

function pinDocuments(ctx: CommandContext): void {
  if (!requireRight(ctx, 'canAddDeleteDocuments')) return;
  const { server } = ctx;
  const ids = parseList(ctx.params[0] ?? '');
  if (ids.length === 0) {
    server.error(ctx.conn, 'PinDocuments: name at least one document Id');
    return;
  }
  const documents: DocumentRecord[] = [];
  for (const id of ids) {
    const document = findDocument(ctx, id);
    if (document === null) return;
    documents.push(document);
  }
  for (const document of documents) {
    document.pinned = !document.pinned;
    announceDocument(server, document);
  }
}

// ------------------------------------------------------------------ auto-responses and articles

/** The ten params AutoResponseUpdate and ArticleUpdate share. */
interface KnowledgeItemParams {
  id: string;
  parentId: string;
  sortId: string;
  siteKeysText: string;
  skillIds: string[];
  subject: string;
  content: string;
  keywordsFixed: string;
  documentId: string;
  tag: string;
}

function knowledgeItemParams(params: readonly string[]): KnowledgeItemParams {
  const [id = '', parentId = '', sortId = '', siteKeysText = '', skillIds = '', subject = '', content = '', keywordsFixed = '', documentId = '', tag = ''] =
    params;
  return {
    id: id.trim(),
    parentId: parentId.trim(),
    sortId,
    siteKeysText,
    skillIds: parseList(skillIds),
    subject: subject.trim(),
    content,
    keywordsFixed: parseList(keywordsFixed).join(','),
    documentId: documentId.trim(),
    tag,
  };
}

/** What an update sets; the server assigns the `id`. */
type KnowledgeItemFields = Omit<KnowledgeItemRecord, 'id'>;

/**
 * Where auto-responses and articles differ; their update, lookup and cascading delete are
 * otherwise one and the same.
 */
interface KnowledgeItemKind<T extends KnowledgeItemRecord> {
  /** As error messages name it, e.g. "no auto-response with Id". */
  readonly noun: string;
  readonly updateCommand: string;
  readonly deleteCommand: string;
  readonly right: RightName;
  readonly contentLimit: number;
  /** What blank SiteKeys mean: 'private' to the saving user, or all of the user's sites ('mine'). */
  readonly blankSiteKeys: 'private' | 'mine';
  readonly items: (world: World) => T[];
  readonly canSee: (viewer: OperatorConnection, item: T) => boolean;
  readonly create: (id: string, fields: KnowledgeItemFields, creator: OperatorConnection) => T;
  readonly event: string;
  readonly toWire: (item: T) => JsonObject;
  readonly deletedEvent: string;
  /** Bookkeeping beyond the list itself once `ids` are gone. */
  readonly forget?: (server: SimServer, ids: readonly string[]) => void;
}

const autoResponseKind: KnowledgeItemKind<AutoResponseRecord> = {
  noun: 'auto-response',
  updateCommand: 'AutoResponseUpdate',
  deleteCommand: 'AutoResponseDelete',
  right: 'canEditAutoResponses',
  contentLimit: textLimits.autoResponseContent,
  blankSiteKeys: 'private',
  items: (world) => world.autoResponses,
  canSee: canSeeAutoResponse,
  create: (id, fields, creator) => ({ id, ownerUsername: creator.username, ...fields }),
  event: 'autoresponse',
  toWire: wireAutoResponse,
  deletedEvent: 'autoresponsedeleted',
};

const articleKind: KnowledgeItemKind<ArticleRecord> = {
  noun: 'article',
  updateCommand: 'ArticleUpdate',
  deleteCommand: 'ArticleDelete',
  right: 'canEditArticles',
  contentLimit: textLimits.articleContent,
  blankSiteKeys: 'mine',
  items: (world) => world.articles,
  canSee: canSeeArticle,
  create: (id, fields) => ({ id, ...fields }),
  event: 'article',
  // The Article event carries the summary, as the spec's example shows.
  toWire: wireArticleSummary,
  deletedEvent: 'articledeleted',
  forget: (server, ids) => {
    for (const imported of knowledgeState(server).importedFrom.values()) {
      removeWhere(imported, (id) => ids.includes(id));
    }
  },
};

/** The item with `id` when it exists and the user may see it; else the error is sent and null returned. */
function findVisibleItem<T extends KnowledgeItemRecord>(ctx: CommandContext, kind: KnowledgeItemKind<T>, command: string, id: string): T | null {
  const item = kind.items(ctx.world).find((candidate) => candidate.id === id);
  if (item === undefined) {
    ctx.server.error(ctx.conn, `${command}: no ${kind.noun} with Id "${id}"`);
    return null;
  }
  if (!kind.canSee(ctx.conn, item)) {
    ctx.server.accessDenied(ctx.conn);
    return null;
  }
  return item;
}

/** AutoResponseUpdate / ArticleUpdate: a blank Id adds the item, otherwise it replaces the one with that Id. */
function updateKnowledgeItem<T extends KnowledgeItemRecord>(ctx: CommandContext, kind: KnowledgeItemKind<T>): void {
  if (!requireRight(ctx, kind.right)) return;
  const { server, world, conn } = ctx;
  const item = knowledgeItemParams(ctx.params);
  if (!limitText(ctx, item.content, kind.contentLimit)) return;
  if (item.subject === '') {
    server.error(conn, `${kind.updateCommand}: the Subject is required`);
    return;
  }
  const existing = item.id === '' ? undefined : findVisibleItem(ctx, kind, kind.updateCommand, item.id);
  if (existing === null) return;
  const siteKeys = siteKeysParam(ctx, item.siteKeysText, kind.blankSiteKeys);
  if (siteKeys === null) return;
  const items = kind.items(world);
  const parentId = item.parentId === '' ? '' : acceptableParent(items, item.parentId, item.id, (other) => kind.canSee(conn, other));
  const before = existing === undefined ? new Set<OperatorConnection>() : watchers(server, (other) => kind.canSee(other, existing));
  const fields: KnowledgeItemFields = {
    parentId,
    sortId: item.sortId,
    dated: world.now(),
    subject: item.subject,
    content: item.content,
    documentId: item.documentId,
    tag: item.tag,
    keywordsFixed: item.keywordsFixed,
    siteKeys,
    skillIds: item.skillIds,
  };
  let record: T;
  if (existing === undefined) {
    record = kind.create(world.newId(), fields, conn);
    items.push(record);
  } else {
    record = Object.assign(existing, fields);
  }
  announceUpdate(server, kind, record, before);
}

/** The new version to those who see it; a deletion to those who saw the old one (`before`) but not the new. */
function announceUpdate<T extends KnowledgeItemRecord>(
  server: SimServer,
  kind: KnowledgeItemKind<T>,
  record: T,
  before: ReadonlySet<OperatorConnection>,
): void {
  const data = kind.toWire(record);
  for (const operator of server.operators()) {
    if (kind.canSee(operator, record)) operator.send(kind.event, null, data);
    else if (before.has(operator)) operator.send(kind.deletedEvent, null, record.id);
  }
}

/** Removes the items with `ids` and all beneath them; each user hears of those it could see. */
function deleteKnowledgeItems<T extends KnowledgeItemRecord>(server: SimServer, kind: KnowledgeItemKind<T>, ids: readonly string[]): void {
  const all = withDescendants(kind.items(server.world), ids);
  const removed = removeWhere(kind.items(server.world), (item) => all.includes(item.id));
  const byId = new Map(removed.map((item) => [item.id, item]));
  kind.forget?.(server, all);
  announceDeleted(server, kind.deletedEvent, all, (operator, id) => {
    const item = byId.get(id);
    return item !== undefined && kind.canSee(operator, item);
  });
}

/** AutoResponseDelete / ArticleDelete: the item and everything beneath it. */
function deleteKnowledgeItem<T extends KnowledgeItemRecord>(ctx: CommandContext, kind: KnowledgeItemKind<T>): void {
  if (!requireRight(ctx, kind.right)) return;
  const id = (ctx.params[0] ?? '').trim();
  if (findVisibleItem(ctx, kind, kind.deleteCommand, id) === null) return;
  deleteKnowledgeItems(ctx.server, kind, [id]);
}

function articleImport(ctx: CommandContext): void {
  if (!requireRight(ctx, 'canEditArticles')) return;
  const { server, world, conn } = ctx;
  const [parentText = '', sortId = '', siteKeysText = '', skillIdsText = '', fileNameText = '', subjectText = '', keywordsText = '', tag = '', base64 = ''] =
    ctx.params;
  const fileName = fileNameText.trim();
  if (fileName === '') {
    server.error(conn, 'ArticleImport: the file name is required');
    return;
  }
  const siteKeys = siteKeysParam(ctx, siteKeysText, 'mine');
  if (siteKeys === null) return;
  let pages: string[];
  try {
    const kind = importKindOf(fileName);
    pages = splitPages(fileText(kind, decodeBase64Text(base64)), kind, ARTICLE_CONTENT_LIMIT);
  } catch (cause) {
    if (!(cause instanceof ImportError)) throw cause;
    server.error(conn, `ArticleImport: ${cause.message}`);
    return;
  }
  if (pages.length === 0) {
    server.error(conn, `ArticleImport: "${fileName}" has no text to import`);
    return;
  }
  const imports = knowledgeState(server).importedFrom;
  const key = fileName.toLowerCase();
  // Importing a file name again replaces what it imported before.
  const previous = (imports.get(key) ?? []).filter((id) => world.articles.some((article) => article.id === id));
  if (previous.length > 0) deleteKnowledgeItems(server, articleKind, previous);
  const parentId =
    parentText.trim() === '' ? '' : acceptableParent(world.articles, parentText.trim(), '', (other) => canSeeArticle(conn, other));
  const subject = subjectText.trim() === '' ? fileName : subjectText.trim();
  const now = world.now();
  const created = pages.map(
    (content, index): ArticleRecord => ({
      id: world.newId(),
      parentId,
      sortId,
      dated: now,
      subject: pages.length === 1 ? subject : `${subject} page ${index + 1}`,
      content,
      documentId: '',
      tag,
      keywordsFixed: parseList(keywordsText).join(','),
      siteKeys,
      skillIds: parseList(skillIdsText),
    }),
  );
  world.articles.push(...created);
  imports.set(
    key,
    created.map((article) => article.id),
  );
  for (const operator of server.operators()) {
    const visible = created.filter((article) => canSeeArticle(operator, article));
    if (visible.length > 0 || operator === conn) operator.send('articlesimported', null, visible.map(wireArticleSummary));
  }
}

// ------------------------------------------------------------------ search and translation

/** The site's AddContextReturnTop (its LLM settings), 6 when not set. */
function defaultTopX(world: World, siteKey: number): number {
  const llm = world.siteProperties.get(siteKey)?.['LLM'];
  const value = llm !== null && typeof llm === 'object' && !Array.isArray(llm) ? llm['AddContextReturnTop'] : undefined;
  return typeof value === 'number' && value > 0 ? value : 6;
}

/** What ArticleSearch and GetSuggestion look for: SiteKey, SkillIds and a search term (params 0-2). */
interface KnowledgeQuery extends SearchScope {
  readonly searchTerm: string;
}

/** The query of ArticleSearch / GetSuggestion, or null once the sender is told what is wrong. */
function knowledgeQuery(ctx: CommandContext, command: string): KnowledgeQuery | null {
  const siteKey = siteKeyParam(ctx);
  if (siteKey === null) return null;
  const searchTerm = ctx.params[2] ?? '';
  if (searchTerm.trim() === '') {
    ctx.server.error(ctx.conn, `${command}: the search term is required`);
    return null;
  }
  return { siteKey, skillIds: parseList(ctx.params[1] ?? ''), searchTerm };
}

function articleSearch(ctx: CommandContext): void {
  const query = knowledgeQuery(ctx, 'ArticleSearch');
  if (query === null) return;
  const { server, world, conn, params } = ctx;
  const { siteKey, searchTerm } = query;
  const topText = (params[3] ?? '').trim();
  const top = topText === '' || topText === '0' ? defaultTopX(world, siteKey) : Number(topText);
  if (!Number.isInteger(top) || top < 0) {
    server.error(conn, `ArticleSearch: "${topText}" is not a number of articles`);
    return;
  }
  const matches = searchKnowledge(world, query, searchTerm, top);
  conn.send('articlesearch', null, {
    SiteKey: siteKey,
    SearchTerm: searchTerm,
    Articles:
      matches.length === 0
        ? null
        : matches.map((match) => ({
            Id: match.id,
            Subject: match.subject,
            Content: match.content,
            DocumentId: match.documentId,
            Similarity: match.similarity,
            // Tokens are counted only when an LLM computes embeddings.
            Tokens: 0,
          })),
  });
}

function getSuggestion(ctx: CommandContext): void {
  const query = knowledgeQuery(ctx, 'GetSuggestion');
  if (query === null) return;
  const { world, conn } = ctx;
  const { siteKey, searchTerm } = query;
  const [best] = suggestionsFor(world, query, searchTerm, {
    max: 1,
    username: conn.username,
  });
  conn.send('suggestion', null, {
    SiteKey: siteKey,
    SearchTerm: searchTerm,
    Content: best?.content ?? '',
    DocumentId: best?.documentId ?? '',
  });
}

/** The site's default language (its Translation settings), 'en' when not set. */
function siteLanguage(world: World, siteKey: number): string {
  const translation = world.siteProperties.get(siteKey)?.['Translation'];
  const value =
    translation !== null && typeof translation === 'object' && !Array.isArray(translation)
      ? translation['DefaultLanguage']
      : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : 'en';
}

function translate(ctx: CommandContext): void {
  const siteKey = siteKeyParam(ctx);
  if (siteKey === null) return;
  const { server, world, conn, params } = ctx;
  const [, text = '', toLang = '', fromLang = ''] = params;
  if (text.trim() === '' || toLang.trim() === '') {
    server.error(conn, 'Translate: the text and the language to translate to are required');
    return;
  }
  const from = fromLang.trim() === '' ? siteLanguage(world, siteKey) : fromLang.trim();
  conn.send('translation', null, {
    SiteKey: siteKey,
    FromLang: from,
    ToLang: toLang.trim(),
    Text: text,
    Translation: translateText(text, from, toLang.trim()),
  });
}

// ------------------------------------------------------------------ the family

export const knowledgeFamily: HandlerFamily = {
  name: 'knowledge',
  handlers: {
    GetSkills: ({ world, conn }) => conn.send('skills', null, skillsFor(world, conn)),
    SaveSkill: saveSkill,
    DeleteSkill: deleteSkill,

    GetDocuments: ({ world, conn }) =>
      conn.send(
        'documents',
        null,
        world.documents.filter((document) => canSeeDocument(world, conn, document)).map((document) => wireDocumentEvent(world, document, 'list')),
      ),
    GetDocument: (ctx) => {
      const document = findDocument(ctx, (ctx.params[0] ?? '').trim());
      if (document !== null) ctx.conn.send('document', null, wireDocumentEvent(ctx.world, document, 'full'));
    },
    SaveDocument: saveDocument,
    DeleteDocuments: deleteDocuments,
    PinDocuments: pinDocuments,

    GetAutoResponses: ({ world, conn }) =>
      conn.send('autoresponses', null, world.autoResponses.filter((response) => canSeeAutoResponse(conn, response)).map(wireAutoResponse)),
    AutoResponseUpdate: (ctx) => updateKnowledgeItem(ctx, autoResponseKind),
    AutoResponseDelete: (ctx) => deleteKnowledgeItem(ctx, autoResponseKind),

    GetArticleList: ({ world, conn }) =>
      conn.send('articlelist', null, world.articles.filter((article) => canSeeArticle(conn, article)).map(wireArticleSummary)),
    GetArticle: (ctx) => {
      const article = findVisibleItem(ctx, articleKind, 'GetArticle', (ctx.params[0] ?? '').trim());
      if (article !== null) ctx.conn.send('articledetail', null, wireArticle(article));
    },
    ArticleUpdate: (ctx) => updateKnowledgeItem(ctx, articleKind),
    ArticleImport: articleImport,
    ArticleDelete: (ctx) => deleteKnowledgeItem(ctx, articleKind),
    ArticleSearch: articleSearch,
    GetSuggestion: getSuggestion,

    Translate: translate,
  },
};
