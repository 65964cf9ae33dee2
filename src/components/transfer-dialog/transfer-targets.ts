/**
 * Who a chat can be handed to, worked out from the store: online operators (as my Rights
 * allow), departments, skills of the chat's site and the site's transfer queues. Pure
 * functions of the state, so the dialog re-derives them on every change and an operator
 * going offline simply drops out.
 */
import type { Client, Skill, TransferQueue } from '../../core/protocol/models.js';
import { onlineOperatorsForTransfer } from '../../core/store/selectors.js';
import type { SessionState } from '../../core/store/state.js';

export type TargetsState = Pick<SessionState, 'me' | 'clients' | 'chats' | 'conversations' | 'sites' | 'skills'>;

/** The chat being transferred, as far as the store knows it. */
export interface TransferChat {
  readonly chatUid: string;
  readonly visitorName: string;
  readonly siteKey: number | null;
  readonly siteName: string;
  /** The department the visitor asked for ('' for none). */
  readonly dept: string;
  /** Still open (listed by the server and not closed). */
  readonly open: boolean;
  /** Talking to my connection right now. */
  readonly heldByMe: boolean;
}

export interface DepartmentTarget {
  readonly name: string;
  /** Operators of the department online now (me excepted). */
  readonly online: number;
  /** The department the visitor asked for. */
  readonly requested: boolean;
}

export interface SkillTarget {
  readonly id: string;
  readonly name: string;
  /** Its place in the skill tree, e.g. "Support › Technical". */
  readonly path: string;
}

export interface QueueTarget extends TransferQueue {
  /** MaxSessions reached: the server would refuse it. */
  readonly full: boolean;
}

export interface TransferTargets {
  readonly chat: TransferChat;
  readonly operators: readonly Client[];
  readonly departments: readonly DepartmentTarget[];
  readonly skills: readonly SkillTarget[];
  readonly queues: readonly QueueTarget[];
}

export function transferChat(state: TargetsState, chatUid: string): TransferChat {
  const chat = state.chats.get(chatUid);
  const conversation = state.conversations.get(chatUid);
  const siteKey = chat?.siteKey ?? conversation?.siteKey ?? null;
  const me = state.me.connectionId;
  return {
    chatUid,
    visitorName: chat?.name ?? conversation?.visitorName ?? '',
    siteKey,
    siteName: siteKey === null ? '' : (state.sites[siteKey]?.name ?? ''),
    dept: (chat?.dept ?? conversation?.chat?.dept ?? '').trim(),
    open: chat !== undefined && conversation?.closed !== true,
    heldByMe: me !== '' && chat !== undefined && chat.talkingToClientId === me,
  };
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Departments of the operators I can see, and the one the visitor asked for. Without the
 * right to transfer outside my department, only my own.
 */
export function departmentTargets(state: TargetsState, requestedDept: string): DepartmentTarget[] {
  const { rights, connectionId } = state.me;
  if (rights === null) return [];
  const myDept = (state.clients[connectionId]?.dept ?? state.me.user?.dept ?? '').trim();
  const names = new Map<string, string>();
  const add = (name: string): void => {
    const trimmed = name.trim();
    if (trimmed !== '' && !names.has(trimmed.toLowerCase())) names.set(trimmed.toLowerCase(), trimmed);
  };
  for (const client of Object.values(state.clients)) add(client.dept);
  add(requestedDept);
  add(myDept);
  const allowed = [...names.values()].filter(
    (name) => rights.canTransferOutsideOwnDepartment || myDept === '' || sameText(name, myDept),
  );
  return allowed
    .map((name) => ({
      name,
      online: Object.values(state.clients).filter(
        (client) => client.connectionId !== connectionId && client.status === 0 && sameText(client.dept, name),
      ).length,
      requested: requestedDept !== '' && sameText(name, requestedDept),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The skills that apply to the chat's site (a skill without sites applies to all), in tree order. */
export function skillTargets(skills: SessionState['skills'], siteKey: number | null): SkillTarget[] {
  const pathOf = (skill: Skill): string => {
    const names = [skill.name];
    const seen = new Set([skill.id]);
    for (let parent = skills[skill.parentId]; parent !== undefined && !seen.has(parent.id); parent = skills[parent.parentId]) {
      seen.add(parent.id);
      names.unshift(parent.name);
    }
    return names.join(' › ');
  };
  return Object.values(skills)
    .filter((skill) => siteKey === null || skill.siteKeys.length === 0 || skill.siteKeys.includes(siteKey))
    .map((skill) => ({ id: skill.id, name: skill.name, path: pathOf(skill) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function queueTargets(state: TargetsState, siteKey: number | null): QueueTarget[] {
  if (siteKey === null) return [];
  const queues = state.sites[siteKey]?.transferQueues ?? [];
  return [...queues]
    .sort((a, b) => a.number - b.number)
    .map((queue) => ({ ...queue, full: queue.maxSessions > 0 && queue.count >= queue.maxSessions }));
}

export function transferTargets(state: TargetsState, chatUid: string): TransferTargets {
  const chat = transferChat(state, chatUid);
  return {
    chat,
    operators: onlineOperatorsForTransfer(state),
    departments: departmentTargets(state, chat.dept),
    skills: skillTargets(state.skills, chat.siteKey),
    queues: queueTargets(state, chat.siteKey),
  };
}

/** True when every word of the query appears in one of the texts (case-insensitive). */
export function matchesSearch(query: string, ...texts: readonly string[]): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

