/**
 * The whole session state: one slice per domain, each with its own reducer. Slices are
 * replaced, never mutated, so a subscriber can compare references to know what changed.
 */
import { initialArticles, type ArticlesState } from './slices/articles.js';
import {
  initialAutoResponses,
  type AutoResponsesState,
} from './slices/auto-responses.js';
import { initialCallbacks, type CallbacksState } from './slices/callbacks.js';
import { initialChatUi, type ChatUiState } from './slices/chat-ui.js';
import { initialChats, type ChatsState } from './slices/chats.js';
import { initialClients, type ClientsState } from './slices/clients.js';
import { initialConnection, type ConnectionStatus } from './slices/connection.js';
import {
  initialConversations,
  type ConversationsState,
} from './slices/conversations.js';
import {
  initialDocumentContent,
  type DocumentContentState,
} from './slices/document-content.js';
import { initialDocuments, type DocumentsState } from './slices/documents.js';
import { initialHistory, type HistoryState } from './slices/history.js';
import { initialListen, type ListenState } from './slices/listen.js';
import { initialLog, type LogState } from './slices/log.js';
import { initialMe, type MeState } from './slices/me.js';
import {
  initialMissedChats,
  type MissedChatsState,
} from './slices/missed-chats.js';
import { initialMonitoring, type MonitoringState } from './slices/monitoring.js';
import { initialNotices, type NoticesState } from './slices/notices.js';
import { initialReports, type ReportsState } from './slices/reports.js';
import { initialRequests, type RequestsState } from './slices/requests.js';
import {
  initialServerSettings,
  type ServerSettingsState,
} from './slices/server-settings.js';
import { initialSiteAdmin, type SiteAdminState } from './slices/site-admin.js';
import { initialSites, type SitesState } from './slices/sites.js';
import { initialSkills, type SkillsState } from './slices/skills.js';
import { initialSummaries, type SummariesState } from './slices/summaries.js';
import { initialSync, type SyncState } from './slices/sync.js';
import {
  initialTranslations,
  type TranslationsState,
} from './slices/translations.js';
import { initialUserChats, type UserChatsState } from './slices/user-chats.js';
import {
  initialUserGroups,
  type UserGroupsState,
} from './slices/user-groups.js';
import {
  initialUserPhotos,
  type UserPhotosState,
} from './slices/user-photos.js';
import { initialUsers, type UsersState } from './slices/users.js';
import {
  initialVisitDetails,
  type VisitDetailsState,
} from './slices/visit-details.js';
import {
  initialVisitLists,
  type VisitListsState,
} from './slices/visit-lists.js';
import { initialVisitors, type VisitorsState } from './slices/visitors.js';
import {
  initialWorkPeriods,
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
