/**
 * The builders of what an operator does in a chat and with colleagues: apart from the
 * other commands, so a page that mirrors a shared session can check an operator's input
 * (and refuse it at once) without carrying every command of the protocol.
 */
import { build, textLimits } from './command-params.js';
import type { OperatorStatus } from './models.js';

export const chatCommands = {
  /** Sets the own status (0 Online, 1 Busy, 2 Be right back, 3 Away) and message. Others get `clientevent`. */
  status: (status: OperatorStatus, message = '') =>
    build('Status', (p) => [p.status('status', status), p.text('message', message)]),
  /** Sends a message (up to 4000 characters) to another operator. They get `fromclient`. */
  sendToClient: (connectionId: string, text: string) =>
    build('SendToClient', (p) => [
      p.required('connectionId', connectionId),
      p.limited('message', text, textLimits.sendToClient, true),
    ]),
  /** Sends a message (Markdown allowed, up to 5000 characters) to the visitor. May be answered by `SendToFiltered` / `SendToTranslated`. */
  sendTo: (chatUid: string, text: string) =>
    build('SendTo', (p) => [
      p.required('chatUid', chatUid),
      p.limited('message', text, textLimits.sendTo, true),
    ]),
  /** Sends a stored document to the visitor. No answer; the visitor gets a download link. */
  sendDocumentTo: (chatUid: string, documentId: string) =>
    build('SendDocumentTo', (p) => [p.required('chatUid', chatUid), p.required('documentId', documentId)]),
  /** Asks the visitor to fill an on-demand field (blank prompt: the field's own). The answer arrives as `message`. */
  fieldRequest: (chatUid: string, fieldName: string, prompt = '') =>
    build('FieldRequest', (p) => [
      p.required('chatUid', chatUid),
      p.required('fieldName', fieldName),
      p.text('prompt', prompt),
    ]),
  /** Stores the wrap-up value of a chat, during or after it. No answer. */
  chatWrapUpComplete: (siteKey: number, chatUid: string, value: string) =>
    build('ChatWrapUpComplete', (p) => [
      p.int('siteKey', siteKey),
      p.required('chatUid', chatUid),
      p.required('value', value),
    ]),
  /** Replaces the tags of a chat (an empty list clears them). No answer. */
  chatAddTags: (siteKey: number, chatUid: string, tags: readonly string[]) =>
    build('ChatAddTags', (p) => [
      p.int('siteKey', siteKey),
      p.required('chatUid', chatUid),
      p.list('tags', tags, false),
    ]),
  /** Offers a chat to operators (only those with status 0). They get `transfer`. */
  transfer: (chatUid: string, connectionIds: readonly string[], message = '') =>
    build('Transfer', (p) => [
      p.required('chatUid', chatUid),
      p.list('connectionIds', connectionIds, true),
      p.text('message', message),
    ]),
  /** Offers a chat to a department's operators. They get `transfer`. */
  transferDept: (chatUid: string, department: string, message = '') =>
    build('TransferDept', (p) => [
      p.required('chatUid', chatUid),
      p.required('department', department),
      p.text('message', message),
    ]),
  /** Offers a chat to operators holding all the given skills. They get `transfer`. */
  transferSkills: (chatUid: string, skillIds: readonly string[], message = '') =>
    build('TransferSkills', (p) => [
      p.required('chatUid', chatUid),
      p.list('skillIds', skillIds, true),
      p.text('message', message),
    ]),
  /** Puts a chat back on a transfer queue (the site's `TransferQueues`). No answer. */
  transferQueue: (chatUid: string, queueNumber: number) =>
    build('TransferQueue', (p) => [p.required('chatUid', chatUid), p.int('queueNumber', queueNumber)]),
};
