/**
 * What the site administration commands read and write beyond the `site` subset: the full
 * site properties (the spec's "Site Json"), the six chat-window images per language and
 * the chat-window strings. Properties are kept in their wire shape; the fields the `site`
 * event also carries are read from and written to the SiteRecord, so both always agree.
 */

import type { JsonObject, JsonValue, SiteRecord, World } from './world.js';

/** A 1x1 transparent GIF and PNG: stand-ins for the click-to-chat images and logos. */
const TINY_GIF = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** The six image types of the spec: online, offline, chat logo, mobile logo, mobile online, mobile offline. */
export const SITE_IMAGE_TYPES = [1, 2, 3, 4, 5, 6] as const;

/** Properties only the system administrator may change (SaveSite ignores them from anyone else). */
export const SYSTEM_ADMIN_SITE_PROPERTIES: readonly (readonly string[])[] = [
  ['Evaluation'],
  ['EvaluationExpires'],
  ['EvaluationExpiryEmailSent'],
  ['MaxVisitorsDay'],
  ['MaxVisitorsConcurrent'],
  ['MaxPageViewsDay'],
  ['Chat', 'MaxOperators'],
  ['Chat', 'MaxBots'],
];

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T extends JsonValue>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** `target` with `source` laid over it, objects merged key by key, anything else replaced. */
export function deepMerge(target: JsonObject, source: JsonObject): JsonObject {
  const result: JsonObject = clone(target);
  for (const [key, value] of Object.entries(source)) {
    const existing = result[key];
    result[key] = isJsonObject(existing) && isJsonObject(value) ? deepMerge(existing, value) : clone(value);
  }
  return result;
}

export function readPath(object: JsonObject, path: readonly string[]): JsonValue | undefined {
  let current: JsonValue | undefined = object;
  for (const key of path) {
    if (!isJsonObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

export function writePath(object: JsonObject, path: readonly string[], value: JsonValue | undefined): void {
  let current: JsonObject = object;
  for (const key of path.slice(0, -1)) {
    const next = current[key];
    if (!isJsonObject(next)) {
      current[key] = {};
    }
    current = current[key] as JsonObject;
  }
  const last = path.at(-1) as string;
  if (value === undefined) delete current[last];
  else current[last] = value;
}

function survey(fields: JsonObject[]): JsonObject {
  return { Enabled: fields.length > 0, Fields: fields };
}

function surveyField(fieldName: string, prompt: string, builtInField: string, html5Type: string): JsonObject {
  return {
    FieldName: fieldName,
    FieldType: 'text',
    Enabled: true,
    Prompt: prompt,
    BuiltIn: true,
    BuiltInField: builtInField,
    Length: 100,
    MultiLine: false,
    Lines: 0,
    Password: false,
    ChangeCase: 0,
    Mask: '',
    DefaultValue: '',
    DefaultDateToday: false,
    DefaultTimeToday: false,
    SelectIndex: 0,
    SelectType: '',
    SelectOptions: [],
    Validate: false,
    ValidateType: 0,
    ValidateLow: 0,
    ValidateHigh: 0,
    CustomProperties: null,
    HTML5Type: html5Type,
  };
}

/** The spec's Site Json for a site that was never edited. */
export function defaultSiteProperties(world: World, site: SiteRecord): JsonObject {
  const now = new Date(world.now()).toISOString().replace('Z', '+00:00');
  return {
    Id: world.newId(),
    SiteKey: site.siteKey,
    Name: site.name,
    Domain: site.domain,
    HomePage: 'index.htm',
    EndPage: '',
    WorkPeriodId: site.workPeriodId,
    HasTrackingCode: site.hasTrackingCode,
    Paused: site.paused,
    GatewayExitPoll: true,
    UTCBiasUseDefault: true,
    UTCBias: site.utcBias,
    TimeZone: 'GMT Standard Time',
    IncludeQuery: true,
    HideIPFromClient: false,
    EmailAddress: '',
    EmailAdminAlso: false,
    DeleteOldVisits: true,
    DeleteOldChats: true,
    DeleteOldVisitsAfterDays: 90,
    DeleteOldChatsAfterDays: 90,
    DeleteOldChatsPolicy: 'Delete',
    DontSaveTrafficHistory: false,
    PreventBlockChatVisitor: site.preventBlock,
    MaxVisitorsConcurrent: 1000,
    MaxVisitorsDay: 0,
    MaxPageViewsDay: 0,
    Chat: {
      Enabled: true,
      MaxOperators: 0,
      MaxBots: 0,
      OpeningMessage:
        '<h3>Welcome</h3>Please enter your name and click the <b>Start Chat</b> button to begin<br><br>If we are available we will respond, if not please leave us a message.',
      GreetingMessage: site.greetingMessage,
      OnLineMessage: 'Please wait. An operator will be with you shortly.',
      OffLineMessage:
        'No operators are available at this time. Operators may only be available during office hours. The time is currently %TIME%.',
      LeaveAMessageEnabled: true,
      ClosingMessage: 'Thank you for chatting to us today.',
      NotAnsweredAfter: 90,
      WaitingMessages: [
        { Seconds: site.slaWarningSeconds, Message: 'One moment please...', Enabled: true },
        {
          Seconds: site.slaReachedSeconds,
          Message: 'We apologize for the delay. An operator will be with you shortly.',
          Enabled: true,
        },
      ],
      PreChatSurvey: survey([surveyField('VisitorName', 'Please enter your name:', 'Visitor Name', 'text')]),
      PostChatSurvey: survey([]),
      OnDemandFields: {
        Enabled: site.onDemandFields.length > 0,
        Fields: site.onDemandFields.map((field) => ({
          FieldName: field.fieldName,
          FieldType: field.fieldType,
          Prompt: field.prompt,
        })),
      },
      WindowTitle: 'WhosOn Live Chat',
      Tags: [...site.tags],
      SLAWarningSeconds: site.slaWarningSeconds,
      SLAReachedSeconds: site.slaReachedSeconds,
      AllowFileUpload: site.allowFileUpload,
      DisableFileSend: site.disableFileSend,
      MissedHandle: true,
      MissedExpireAfter: 14,
      AllowEmoji: site.allowEmoji,
    },
    ChatTextRules: {
      ProfanityFilter: site.textRules.length > 0,
      ProfanityFilterClient: false,
      FinanceFilter: false,
      FinanceFilterClient: false,
      List: [],
    },
    ChatWrapUp: {
      Message: site.wrapUp.message,
      Type: site.wrapUp.type,
      Options: site.wrapUp.options.map(function option(item): JsonObject {
        return {
          Value: item.value,
          DisplayValue: item.displayValue,
          SubOptions: item.subOptions === null ? null : item.subOptions.map(option),
        };
      }),
      Required: site.wrapUp.required,
      Show: site.wrapUp.show,
      Enabled: site.wrapUp.enabled,
    },
    LLM: {
      Enabled: false,
      LLMType: 'openai',
      Model: 'gpt-3.5-turbo-16k',
      AddContextReturnTop: 6,
      AddContextSearchSimilartyThreshold: 0.75,
      UseForSuggestions: false,
      UseForTranslation: false,
    },
    Translation: {
      Enabled: site.translationEnabled,
      DefaultLanguage: 'en',
      Languages: [],
      ShowLanguageSelector: false,
      ShowAsOverlay: false,
      ForceTranslation: false,
    },
    CRM: {
      Enabled: site.crm.enabled,
      ChatAutoPosting: site.crm.autoPosting,
      ChatShowClientButton: site.crm.showClientButton,
    },
    CreatedByUser: 'Admin',
    CreatedDate: now,
    LastEditedByUser: 'Admin',
    LastEditedDate: now,
    Evaluation: false,
    SiteINI: site.siteINI,
  };
}

/** The record fields the Site Json also holds, at their Site Json paths. */
function recordFields(site: SiteRecord): Array<[readonly string[], JsonValue]> {
  return [
    [['SiteKey'], site.siteKey],
    [['Name'], site.name],
    [['Domain'], site.domain],
    [['Paused'], site.paused],
    [['HasTrackingCode'], site.hasTrackingCode],
    [['UTCBias'], site.utcBias],
    [['WorkPeriodId'], site.workPeriodId],
    [['PreventBlockChatVisitor'], site.preventBlock],
    [['Chat', 'GreetingMessage'], site.greetingMessage],
    [['Chat', 'SLAWarningSeconds'], site.slaWarningSeconds],
    [['Chat', 'SLAReachedSeconds'], site.slaReachedSeconds],
    [['Chat', 'AllowEmoji'], site.allowEmoji],
    [['Chat', 'AllowFileUpload'], site.allowFileUpload],
    [['Chat', 'DisableFileSend'], site.disableFileSend],
    [['Chat', 'Tags'], [...site.tags]],
    [['Translation', 'Enabled'], site.translationEnabled],
    [['SiteINI'], site.siteINI],
  ];
}

/** The full properties of a site: defaults, then what was saved, then the live record. */
export function siteProperties(world: World, site: SiteRecord): JsonObject {
  let stored = world.siteProperties.get(site.siteKey);
  if (stored === undefined || !('Chat' in stored)) {
    stored = deepMerge(defaultSiteProperties(world, site), stored ?? {});
    world.siteProperties.set(site.siteKey, stored);
  }
  const properties = clone(stored);
  for (const [path, value] of recordFields(site)) writePath(properties, path, value);
  return properties;
}

function readText(object: JsonObject, path: readonly string[], fallback: string): string {
  const value = readPath(object, path);
  return typeof value === 'string' ? value : fallback;
}

function readNumber(object: JsonObject, path: readonly string[], fallback: number): number {
  const value = readPath(object, path);
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function readFlag(object: JsonObject, path: readonly string[], fallback: boolean): boolean {
  const value = readPath(object, path);
  return typeof value === 'boolean' ? value : fallback;
}

/** Saved Site Json -> the SiteRecord fields the `site` event shows. */
export function applySiteProperties(site: SiteRecord, properties: JsonObject): void {
  site.name = readText(properties, ['Name'], site.name);
  site.paused = readFlag(properties, ['Paused'], site.paused);
  site.hasTrackingCode = readFlag(properties, ['HasTrackingCode'], site.hasTrackingCode);
  site.utcBias = readNumber(properties, ['UTCBias'], site.utcBias);
  site.workPeriodId = readText(properties, ['WorkPeriodId'], site.workPeriodId);
  site.preventBlock = readFlag(properties, ['PreventBlockChatVisitor'], site.preventBlock);
  site.greetingMessage = readText(properties, ['Chat', 'GreetingMessage'], site.greetingMessage);
  site.slaWarningSeconds = readNumber(properties, ['Chat', 'SLAWarningSeconds'], site.slaWarningSeconds);
  site.slaReachedSeconds = readNumber(properties, ['Chat', 'SLAReachedSeconds'], site.slaReachedSeconds);
  site.allowEmoji = readFlag(properties, ['Chat', 'AllowEmoji'], site.allowEmoji);
  const upload = readNumber(properties, ['Chat', 'AllowFileUpload'], site.allowFileUpload);
  if (upload === 0 || upload === 1 || upload === 2) site.allowFileUpload = upload;
  site.disableFileSend = readFlag(properties, ['Chat', 'DisableFileSend'], site.disableFileSend);
  const tags = readPath(properties, ['Chat', 'Tags']);
  if (Array.isArray(tags)) site.tags = tags.filter((tag): tag is string => typeof tag === 'string');
  site.translationEnabled = readFlag(properties, ['Translation', 'Enabled'], site.translationEnabled);
  site.siteINI = readText(properties, ['SiteINI'], site.siteINI);
}

/** The six images of a site in one language. */
export function defaultSiteImages(site: SiteRecord, language = 'en'): JsonObject[] {
  return SITE_IMAGE_TYPES.map((imageType) => ({
    SiteKey: site.siteKey,
    Domain: site.domain,
    ImageType: imageType,
    Language: language,
    Ext: imageType === 1 ? 'gif' : 'png',
    Base64: imageType === 1 ? TINY_GIF : TINY_PNG,
  }));
}

/** A site's images in the spec's shape; stored images of another shape are replaced by the defaults. */
export function siteImages(world: World, site: SiteRecord): JsonObject[] {
  const stored = world.siteImages.get(site.siteKey);
  const images = Array.isArray(stored) ? stored.filter(isJsonObject).filter((image) => typeof image['ImageType'] === 'number') : [];
  if (images.length > 0) return images;
  const defaults = defaultSiteImages(site);
  world.siteImages.set(site.siteKey, defaults);
  return defaults;
}

function uiString(id: string, name: string, value: string, section: string, canUseHtml: boolean): JsonObject {
  return {
    OriginalValue: value,
    CustomValue: value,
    Section: section,
    CanUseHTML: canUseHtml,
    StringID: id,
    StringName: name,
  };
}

/** The server-wide default strings (SiteKey 0). */
export function defaultSiteStrings(world: World): JsonObject {
  return {
    Id: world.newId(),
    SiteKey: 0,
    LanguageName: 'English',
    LanguageCode: 'en',
    BaseLanguage: 'en',
    IsDefault: true,
    IncludeSurveys: false,
    UIStrings: [
      uiString(
        'OpeningMessage',
        'Opening Message',
        '<h3>Welcome</h3>Please enter your name and click the <strong>Start Chat</strong> button to begin<br /><br />If we are available we will respond, if not please leave us a message.',
        'Surveys',
        true,
      ),
      uiString('SelectDepartment', 'Department Selector Text', 'Select a Department', 'Surveys', false),
      uiString('StartChat', 'Start Chat Button', 'Start Chat', 'Buttons', false),
      uiString('SendButton', 'Send Button', 'Send', 'Buttons', false),
      uiString('TypingIndicator', 'Operator Typing', '%Name% is typing...', 'Chat', false),
    ],
  };
}

/** The strings objects stored for a site key (0: the defaults), as a mutable list. */
export function storedSiteStrings(world: World, siteKey: number): JsonObject[] {
  const stored = world.siteStrings.get(siteKey);
  let list = Array.isArray(stored) ? stored.filter(isJsonObject) : isJsonObject(stored) ? [stored] : [];
  if (siteKey === 0 && list.length === 0) list = [defaultSiteStrings(world)];
  world.siteStrings.set(siteKey, list);
  return list;
}
