/** Answers to the Translate command (`translation`), newest last, a few kept. */
import type { TranslationResult } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { appendBounded } from '../records.js';

export const TRANSLATION_LIMIT = 50;

export type TranslationsState = readonly TranslationResult[];

export const initialTranslations: TranslationsState = [];

export const translationsReducer: SliceReducer<TranslationsState> = (state, action) =>
  action.name === 'translation' ? appendBounded(state, [action.payload], TRANSLATION_LIMIT) : state;
