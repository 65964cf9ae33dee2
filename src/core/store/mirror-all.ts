/**
 * For a page script that reads slices no element of the page shows (through
 * `session.store`): mirrors every slice, at the cost of every reducer's code.
 */
import { mirrorSlices, type MirroredSlices } from './mirror.js';
import { sliceReducers } from './slice-reducers.js';
import { initialState, type SliceName } from './state.js';

export function mirrorAllSlices(): void {
  const all: Record<string, unknown> = {};
  for (const slice of Object.keys(sliceReducers) as SliceName[]) all[slice] = [sliceReducers[slice], initialState[slice]];
  mirrorSlices(all as MirroredSlices);
}
