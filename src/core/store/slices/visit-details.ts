/** Visit details (`visitdetail`), by `SiteKey:IP:TrackingId:VisitNo`. */
import type { VisitDetail } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { setEntry } from '../records.js';

export type VisitDetailsState = Readonly<Record<string, VisitDetail>>;

export const initialVisitDetails: VisitDetailsState = {};

export function visitDetailKey(
  siteKey: number,
  ip: string,
  trackingId: string,
  visitNo: number,
): string {
  return `${siteKey}:${ip}:${trackingId}:${visitNo}`;
}

export const visitDetailsReducer: SliceReducer<VisitDetailsState> = (state, action) => {
  if (action.name !== 'visitdetail') return state;
  const { siteKey, ip, trackingId, visitNo, detail } = action.payload;
  return setEntry(state, visitDetailKey(siteKey, ip, trackingId, visitNo), detail);
};
