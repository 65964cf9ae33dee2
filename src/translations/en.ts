/**
 * The built-in English strings: the fallback for every other language. Each element keeps
 * its terms in its own table (one concept per file); they are merged here. Plurals and
 * anything with values are functions.
 */
import { commonTerms } from './en/common.js';

export const en = {
  ...commonTerms,
};

export type Terms = typeof en;
export type TermKey = keyof Terms;
