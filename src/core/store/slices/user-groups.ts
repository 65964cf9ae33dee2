/** User groups by id (`usergroups`, sent whole after GetUserGroups and SaveUserGroup). */
import type { UserGroup } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { indexBy } from '../records.js';

export type UserGroupsState = Readonly<Record<string, UserGroup>>;

export const initialUserGroups: UserGroupsState = {};

export const userGroupsReducer: SliceReducer<UserGroupsState> = (state, action) =>
  action.name === 'usergroups' ? indexBy(action.payload.groups, (group) => group.id) : state;
