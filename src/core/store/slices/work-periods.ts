/** Work periods by id (`workperiods`). */
import type { WorkPeriod } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { indexBy } from '../records.js';

export type WorkPeriodsState = Readonly<Record<string, WorkPeriod>>;

export const initialWorkPeriods: WorkPeriodsState = {};

export const workPeriodsReducer: SliceReducer<WorkPeriodsState> = (state, action) =>
  action.name === 'workperiods'
    ? indexBy(action.payload.workPeriods, (period) => period.id)
    : state;
