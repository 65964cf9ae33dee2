/**
 * Every slice's reducer: what a session runs. Apart from the state's shape and initial
 * values, so a page that mirrors a few slices does not carry the others' code.
 */
import type { SliceReducer } from './context.js';
import { articlesReducer } from './slices/articles.js';
import { autoResponsesReducer } from './slices/auto-responses.js';
import { callbacksReducer } from './slices/callbacks.js';
import { chatUiReducer } from './slices/chat-ui.js';
import { chatsReducer } from './slices/chats.js';
import { clientsReducer } from './slices/clients.js';
import { connectionReducer } from './slices/connection.js';
import { conversationsReducer } from './slices/conversations.js';
import { documentContentReducer } from './slices/document-content.js';
import { documentsReducer } from './slices/documents.js';
import { historyReducer } from './slices/history.js';
import { listenReducer } from './slices/listen.js';
import { logReducer } from './slices/log.js';
import { meReducer } from './slices/me.js';
import { missedChatsReducer } from './slices/missed-chats.js';
import { monitoringReducer } from './slices/monitoring.js';
import { noticesReducer } from './slices/notices.js';
import { reportsReducer } from './slices/reports.js';
import { requestsReducer } from './slices/requests.js';
import { serverSettingsReducer } from './slices/server-settings.js';
import { siteAdminReducer } from './slices/site-admin.js';
import { sitesReducer } from './slices/sites.js';
import { skillsReducer } from './slices/skills.js';
import { summariesReducer } from './slices/summaries.js';
import { syncReducer } from './slices/sync.js';
import { translationsReducer } from './slices/translations.js';
import { userChatsReducer } from './slices/user-chats.js';
import { userGroupsReducer } from './slices/user-groups.js';
import { userPhotosReducer } from './slices/user-photos.js';
import { usersReducer } from './slices/users.js';
import { visitDetailsReducer } from './slices/visit-details.js';
import { visitListsReducer } from './slices/visit-lists.js';
import { visitorsReducer } from './slices/visitors.js';
import { workPeriodsReducer } from './slices/work-periods.js';
import type { SessionState, SliceName } from './state.js';

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
