/**
 * The document library by id (`documents` replaces, `document` upserts,
 * `deleteddocuments` removes). The list never holds file content: a `document` that
 * answers GetDocument carries Base64, which goes to `documentContent` instead.
 */
import type { DocumentFile } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { deepEqual, removeEntries, setEntry } from '../records.js';

export type DocumentsState = Readonly<Record<string, DocumentFile>>;

export const initialDocuments: DocumentsState = {};

export function withoutContent(document: DocumentFile): DocumentFile {
  return document.base64 === null ? document : { ...document, base64: null };
}

export const documentsReducer: SliceReducer<DocumentsState> = (state, action) => {
  switch (action.name) {
    case 'documents': {
      const next: Record<string, DocumentFile> = {};
      for (const document of action.payload.documents) next[document.id] = withoutContent(document);
      return next;
    }
    case 'document': {
      const document = withoutContent(action.payload.document);
      const previous = state[document.id];
      return previous !== undefined && deepEqual(previous, document)
        ? state
        : setEntry(state, document.id, document);
    }
    case 'deleteddocuments':
      return removeEntries(state, action.payload.ids);
    default:
      return state;
  }
};
