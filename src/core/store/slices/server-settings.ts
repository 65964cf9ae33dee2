/** Global server settings (`serversettings`, system administrator only), kept as sent. */
import type { JsonObject } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';

export type ServerSettingsState = JsonObject | null;

export const initialServerSettings: ServerSettingsState = null;

export const serverSettingsReducer: SliceReducer<ServerSettingsState> = (state, action) =>
  action.name === 'serversettings' ? action.payload.settings : state;
