/** Report definitions by id (`reports`) and the last data of each report (`reportdata`). */
import type { ReportData, ReportDefinition } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { indexBy, setEntry } from '../records.js';

export interface ReportsState {
  readonly definitions: Readonly<Record<string, ReportDefinition>>;
  readonly data: Readonly<Record<string, ReportData>>;
}

export const initialReports: ReportsState = { definitions: {}, data: {} };

export const reportsReducer: SliceReducer<ReportsState> = (state, action) => {
  switch (action.name) {
    case 'reports':
      return { ...state, definitions: indexBy(action.payload.reports, (report) => report.id) };
    case 'reportdata':
      return { ...state, data: setEntry(state.data, action.payload.reportId, action.payload) };
    default:
      return state;
  }
};
