/**
 * What an operator action needs from the state before anything is sent, shared by the
 * session and the page-side mirror of a session that runs elsewhere, so both refuse the
 * same things with the same words.
 */
import type { VisitorKey } from './protocol/commands.js';
import type { Client } from './protocol/models.js';
import type { SessionState } from './store/state.js';

/** Why an action was refused before anything was sent. */
export class SessionActionError extends Error {
  override readonly name = 'SessionActionError';
}

/** Only online operators can take a transfer; throws naming those who cannot. */
export function checkTransferTargets(
  clients: Readonly<Record<string, Client>>,
  connectionIds: readonly string[],
): void {
  if (connectionIds.length === 0) throw new SessionActionError('Choose an operator to transfer to.');
  const offline = connectionIds.filter((id) => clients[id]?.status !== 0);
  if (offline.length > 0) {
    const names = offline.map((id) => clients[id]?.name ?? id).join(', ');
    throw new SessionActionError(`Only online operators can take a transfer: ${names} is not online.`);
  }
}

/** The site of a chat I know of; throws for an unknown chat. */
export function siteKeyOfChat(state: Pick<SessionState, 'chats' | 'conversations'>, chatUid: string): number {
  const siteKey = state.chats.get(chatUid)?.siteKey ?? state.conversations.get(chatUid)?.siteKey;
  if (siteKey === undefined) throw new SessionActionError(`Unknown chat ${chatUid}.`);
  return siteKey;
}

/**
 * The visitor whose visit detail a chat would ask for, or null when it should not be
 * asked: already asked, already there, or the visitor's address is not known yet.
 */
export function visitToRequest(
  state: Pick<SessionState, 'chats' | 'conversations' | 'chatUi'>,
  chatUid: string,
): VisitorKey | null {
  const conversation = state.conversations.get(chatUid);
  if (!conversation || conversation.visitDetail !== null) return null;
  if (state.chatUi.get(chatUid)?.visitRequested === true) return null;
  const chat = state.chats.get(chatUid);
  const header = conversation.header;
  const ip = chat?.ip || header?.ip || '';
  if (ip === '') return null;
  return {
    siteKey: chat?.siteKey || header?.siteKey || conversation.siteKey,
    ip,
    trackingId: chat?.trackingId ?? header?.trackingId ?? '',
  };
}
