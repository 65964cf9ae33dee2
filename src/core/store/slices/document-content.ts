/** The last document fetched with its content (GetDocument answers `document` with Base64). */
import type { DocumentFile } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';

export type DocumentContentState = (DocumentFile & { readonly base64: string }) | null;

export const initialDocumentContent: DocumentContentState = null;

export const documentContentReducer: SliceReducer<DocumentContentState> = (state, action) => {
  switch (action.name) {
    case 'document': {
      const { document } = action.payload;
      // Announcements of new uploads have no content: they do not replace a fetched file.
      if (document.base64 === null || document.base64 === '') return state;
      return { ...document, base64: document.base64 };
    }
    case 'deleteddocuments':
      return state !== null && action.payload.ids.includes(state.id) ? null : state;
    default:
      return state;
  }
};
