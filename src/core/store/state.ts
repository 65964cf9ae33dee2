/**
 * The whole session state: one slice per domain, each with its own reducer. Slices are
 * replaced, never mutated, so a subscriber can compare references to know what changed.
 */
import type { SliceReducer } from './context.js';
import { articlesReducer, initialArticles, type ArticlesState } from './slices/articles.js';
import {
  autoResponsesReducer,
  initialAutoResponses,
  type AutoResponsesState,
} from './slices/auto-responses.js';
import { callbacksReducer, initialCallbacks, type CallbacksState } from './slices/callbacks.js';
import { chatUiReducer, initialChatUi, type ChatUiState } from './slices/chat-ui.js';
import { chatsReducer, initialChats, type ChatsState } from './slices/chats.js';
import { clientsReducer, initialClients, type ClientsState } from './slices/clients.js';
import { connectionReducer, initialConnection, type ConnectionStatus } from './slices/connection.js';
import {
  conversationsReducer,
  initialConversations,
  type ConversationsState,
} from './slices/conversations.js';
import {
  documentContentReducer,
  initialDocumentContent,
  type DocumentContentState,
} from './slices/document-content.js';
import { documentsReducer, initialDocuments, type DocumentsState } from './slices/documents.js';
import { historyReducer, initialHistory, type HistoryState } from './slices/history.js';
import { initialListen, listenReducer, type ListenState } from './slices/listen.js';
import { initialLog, logReducer, type LogState } from './slices/log.js';
import { initialMe, meReducer, type MeState } from './slices/me.js';
import {
  initialMissedChats,
  missedChatsReducer,
  type MissedChatsState,
} from './slices/missed-chats.js';
import { initialMonitoring, monitoringReducer, type MonitoringState } from './slices/monitoring.js';
import { initialNotices, noticesReducer, type NoticesState } from './slices/notices.js';
import { initialReports, reportsReducer, type ReportsState } from './slices/reports.js';
import { initialRequests, requestsReducer, type RequestsState } from './slices/requests.js';
import {
  initialServerSettings,
  serverSettingsReducer,
  type ServerSettingsState,
} from './slices/server-settings.js';
import { initialSiteAdmin, siteAdminReducer, type SiteAdminState } from './slices/site-admin.js';
import { initialSites, sitesReducer, type SitesState } from './slices/sites.js';
import { initialSkills, skillsReducer, type SkillsState } from './slices/skills.js';
import { initialSummaries, summariesReducer, type SummariesState } from './slices/summaries.js';
import { initialSync, syncReducer, type SyncState } from './slices/sync.js';
import {
  initialTranslations,
  translationsReducer,
  type TranslationsState,
} from './slices/translations.js';
import { initialUserChats, userChatsReducer, type UserChatsState } from './slices/user-chats.js';
import {
  initialUserGroups,
  userGroupsReducer,
  type UserGroupsState,
} from './slices/user-groups.js';
import {
  initialUserPhotos,
  userPhotosReducer,
  type UserPhotosState,
} from './slices/user-photos.js';
import { initialUsers, usersReducer, type UsersState } from './slices/users.js';
import {
  initialVisitDetails,
  visitDetailsReducer,
  type VisitDetailsState,
} from './slices/visit-details.js';
import {
  initialVisitLists,
  visitListsReducer,
  type VisitListsState,
} from './slices/visit-lists.js';
import { initialVisitors, visitorsReducer, type VisitorsState } from './slices/visitors.js';
import {
  initialWorkPeriods,
  workPeriodsReducer,
  type WorkPeriodsState,
} from './slices/work-periods.js';

export interface SessionState {
  /** The connection: its state, who it logs in as, why a login failed. */
  readonly connection: ConnectionStatus;
  readonly me: MeState;
  /** Which post-login lists are still the previous login's. */
  readonly sync: SyncState;
  readonly clients: ClientsState;
  readonly sites: SitesState;
  readonly chats: ChatsState;
  readonly missedChats: MissedChatsState;
  readonly requests: RequestsState;
  readonly conversations: ConversationsState;
  /** Drafts and other choices the operator made in each chat's pane. */
  readonly chatUi: ChatUiState;
  readonly userChats: UserChatsState;
  readonly monitoring: MonitoringState;
  readonly listen: ListenState;
  readonly visitors: VisitorsState;
  readonly visitDetails: VisitDetailsState;
  readonly visitLists: VisitListsState;
  readonly documents: DocumentsState;
  readonly documentContent: DocumentContentState;
  readonly autoResponses: AutoResponsesState;
  readonly articles: ArticlesState;
  readonly skills: SkillsState;
  readonly users: UsersState;
  readonly userGroups: UserGroupsState;
  readonly workPeriods: WorkPeriodsState;
  readonly userPhotos: UserPhotosState;
  readonly history: HistoryState;
  readonly summaries: SummariesState;
  readonly reports: ReportsState;
  readonly siteAdmin: SiteAdminState;
  readonly serverSettings: ServerSettingsState;
  readonly log: LogState;
  readonly callbacks: CallbacksState;
  readonly translations: TranslationsState;
  readonly notices: NoticesState;
}

export type SliceName = keyof SessionState;

export const initialState: SessionState = {
  connection: initialConnection,
  me: initialMe,
  sync: initialSync,
  clients: initialClients,
  sites: initialSites,
  chats: initialChats,
  missedChats: initialMissedChats,
  requests: initialRequests,
  conversations: initialConversations,
  chatUi: initialChatUi,
  userChats: initialUserChats,
  monitoring: initialMonitoring,
  listen: initialListen,
  visitors: initialVisitors,
  visitDetails: initialVisitDetails,
  visitLists: initialVisitLists,
  documents: initialDocuments,
  documentContent: initialDocumentContent,
  autoResponses: initialAutoResponses,
  articles: initialArticles,
  skills: initialSkills,
  users: initialUsers,
  userGroups: initialUserGroups,
  workPeriods: initialWorkPeriods,
  userPhotos: initialUserPhotos,
  history: initialHistory,
  summaries: initialSummaries,
  reports: initialReports,
  siteAdmin: initialSiteAdmin,
  serverSettings: initialServerSettings,
  log: initialLog,
  callbacks: initialCallbacks,
  translations: initialTranslations,
  notices: initialNotices,
};

/**
 * The reducer of every slice. `me` and `clients` run first (see store.ts): the others
 * learn my connection id and the operators' names from the context.
 */
export const sliceReducers: { readonly [K in SliceName]: SliceReducer<SessionState[K]> } = {
  connection: connectionReducer,
  me: meReducer,
  sync: syncReducer,
  clients: clientsReducer,
  sites: sitesReducer,
  chats: chatsReducer,
  missedChats: missedChatsReducer,
  requests: requestsReducer,
  conversations: conversationsReducer,
  chatUi: chatUiReducer,
  userChats: userChatsReducer,
  monitoring: monitoringReducer,
  listen: listenReducer,
  visitors: visitorsReducer,
  visitDetails: visitDetailsReducer,
  visitLists: visitListsReducer,
  documents: documentsReducer,
  documentContent: documentContentReducer,
  autoResponses: autoResponsesReducer,
  articles: articlesReducer,
  skills: skillsReducer,
  users: usersReducer,
  userGroups: userGroupsReducer,
  workPeriods: workPeriodsReducer,
  userPhotos: userPhotosReducer,
  history: historyReducer,
  summaries: summariesReducer,
  reports: reportsReducer,
  siteAdmin: siteAdminReducer,
  serverSettings: serverSettingsReducer,
  log: logReducer,
  callbacks: callbacksReducer,
  translations: translationsReducer,
  notices: noticesReducer,
};
