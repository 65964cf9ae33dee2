/**
 * Keyword matching, the way a WhosOn server without LLM settings searches articles and
 * auto-responses: texts become sets of keywords (lower case, stop words dropped, plural
 * and verb endings trimmed) and are compared by overlap. Deterministic and cheap, so a
 * visitor message can be checked against the whole knowledge store on every line.
 */

const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further get got ' +
    'had has have having he her here hers herself him himself his how i if in into is it its itself ' +
    'just let me more most my myself no nor not now of off on once only or other our ours ourselves ' +
    'out over own please same she should so some such than thank thanks that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your yours yourself yourselves hi hello ' +
    'hey ok okay yes also much many there\'s i\'m it\'s don\'t can\'t want need like know tell'
  ).split(' '),
);

/** "resett" -> "reset", "runn" -> "run" (but "call", "pass" keep their pair). */
function undouble(word: string): string {
  return /([^aeiouylsz])\1$/.test(word) ? word.slice(0, -1) : word;
}

/** Trims common English endings so "hours"/"hour" and "opening"/"open" meet. */
export function stem(word: string): string {
  let stemmed = word.replace(/'s$/, '');
  if (stemmed.length > 5 && stemmed.endsWith('ies')) return `${stemmed.slice(0, -3)}y`;
  if (stemmed.length > 5 && stemmed.endsWith('ing')) stemmed = undouble(stemmed.slice(0, -3));
  else if (stemmed.length > 4 && stemmed.endsWith('ed')) stemmed = undouble(stemmed.slice(0, -2));
  else if (stemmed.length > 4 && /(?:ss|x|ch|sh)es$/.test(stemmed)) stemmed = stemmed.slice(0, -2);
  else if (stemmed.length > 3 && stemmed.endsWith('s') && !stemmed.endsWith('ss')) stemmed = stemmed.slice(0, -1);
  // A silent final e goes, so "price" meets "pricing" and "store" meets "storing".
  if (stemmed.length > 3 && stemmed.endsWith('e') && !stemmed.endsWith('ee')) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/** The keywords of a text: words of letters or digits, without stop words, stemmed. */
export function keywords(text: string): Set<string> {
  const result = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}']+/gu)) {
    const word = match[0].replace(/^'+|'+$/g, '').replace(/'s$/, '');
    if (word === '' || STOP_WORDS.has(word)) continue;
    if (word.length === 1 && !/\d/.test(word)) continue;
    result.add(stem(word));
  }
  return result;
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const word of a) if (b.has(word)) count += 1;
  return count;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = intersectionSize(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** What a knowledge item is searched by. */
export interface MatchableText {
  readonly subject: string;
  readonly content: string;
  /** Comma-separated extra keywords. */
  readonly keywordsFixed: string;
}

export interface PreparedItem {
  readonly subject: ReadonlySet<string>;
  /** Subject, fixed keywords and content together. */
  readonly all: ReadonlySet<string>;
}

export function prepare(item: MatchableText): PreparedItem {
  const subject = keywords(item.subject);
  const all = new Set([...subject, ...keywords(item.keywordsFixed.replaceAll(',', ' ')), ...keywords(item.content)]);
  return { subject, all };
}

/**
 * Similarity 0..1 of a query to an item: the mean of how well the query matches the
 * subject (Jaccard) and how much of the query the item covers anywhere (subject, fixed
 * keywords, content). A question asked exactly as an item's subject scores 1.
 */
export function similarity(query: ReadonlySet<string>, item: PreparedItem): number {
  if (query.size === 0) return 0;
  const coverage = intersectionSize(query, item.all) / query.size;
  return (jaccard(query, item.subject) + coverage) / 2;
}

/** How many query keywords the item holds: the tie-breaker between equal similarities. */
export function sharedKeywords(query: ReadonlySet<string>, item: PreparedItem): number {
  return intersectionSize(query, item.all);
}
