/**
 * The server log (system administrator): `firstlog` replaces it with today's log,
 * `log` appends. Only the newest lines are kept, so a long day cannot exhaust memory.
 */
import type { SliceReducer } from '../context.js';
import { appendBounded } from '../records.js';

export const LOG_LINE_LIMIT = 5000;

export type LogState = readonly string[];

export const initialLog: LogState = [];

function splitLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

export const logReducer: SliceReducer<LogState> = (state, action) => {
  switch (action.name) {
    case 'firstlog':
      return appendBounded([], splitLines(action.payload.text), LOG_LINE_LIMIT);
    case 'log':
      return appendBounded(state, splitLines(action.payload.text), LOG_LINE_LIMIT);
    default:
      return state;
  }
};
