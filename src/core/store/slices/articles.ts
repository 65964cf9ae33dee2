/**
 * Knowledge-store articles: summaries by id (`articlelist` replaces; `article` and
 * `articlesimported` upsert), full articles fetched with GetArticle (`articledetail`),
 * deletions with their children (`articledeleted`), and the latest answers to
 * ArticleSearch and GetSuggestion.
 */
import type {
  Article,
  ArticleSearchResult,
  ArticleSummary,
  Suggestion,
} from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { deepEqual, removeEntries, setEntry } from '../records.js';
import { withDescendants } from './tree.js';

export interface ArticlesState {
  readonly summaries: Readonly<Record<string, ArticleSummary>>;
  readonly details: Readonly<Record<string, Article>>;
  /** Ids of the articles the last ArticleImport created. */
  readonly lastImported: readonly string[];
  readonly search: ArticleSearchResult | null;
  readonly suggestion: Suggestion | null;
}

export const initialArticles: ArticlesState = {
  summaries: {},
  details: {},
  lastImported: [],
  search: null,
  suggestion: null,
};

function summaryOf(article: ArticleSummary): ArticleSummary {
  const { id, parentId, sortId, subject, siteKeys, skillIds } = article;
  return { id, parentId, sortId, subject, siteKeys, skillIds };
}

function upsertSummaries(state: ArticlesState, articles: readonly ArticleSummary[]): ArticlesState {
  let summaries = state.summaries;
  let details = state.details;
  for (const article of articles) {
    const summary = summaryOf(article);
    const previous = summaries[summary.id];
    if (previous !== undefined && deepEqual(previous, summary)) continue;
    summaries = setEntry(summaries, summary.id, summary);
    // The article changed: a detail fetched before is out of date.
    details = removeEntries(details, [summary.id]);
  }
  return summaries === state.summaries ? state : { ...state, summaries, details };
}

export const articlesReducer: SliceReducer<ArticlesState> = (state, action) => {
  switch (action.name) {
    case 'articlelist': {
      const summaries: Record<string, ArticleSummary> = {};
      for (const article of action.payload.articles) summaries[article.id] = summaryOf(article);
      return { ...state, summaries };
    }
    case 'article':
      return upsertSummaries(state, [action.payload.article]);
    case 'articlesimported': {
      const next = upsertSummaries(state, action.payload.articles);
      return { ...next, lastImported: action.payload.articles.map((article) => article.id) };
    }
    case 'articledetail': {
      const { article } = action.payload;
      const summary = summaryOf(article);
      const previous = state.summaries[article.id];
      return {
        ...state,
        summaries:
          previous !== undefined && deepEqual(previous, summary)
            ? state.summaries
            : setEntry(state.summaries, article.id, summary),
        details: setEntry(state.details, article.id, article),
      };
    }
    case 'articledeleted': {
      const ids = withDescendants(state.summaries, action.payload.ids);
      const summaries = removeEntries(state.summaries, ids);
      const details = removeEntries(state.details, ids);
      return summaries === state.summaries && details === state.details
        ? state
        : { ...state, summaries, details };
    }
    case 'articlesearch':
      return { ...state, search: action.payload };
    case 'suggestion':
      return { ...state, suggestion: action.payload };
    default:
      return state;
  }
};
