/** Every user I can see, logged in or not, by user name (`users` replaces, `user` upserts). */
import type { User } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { deepEqual, indexBy, setEntry } from '../records.js';

export type UsersState = Readonly<Record<string, User>>;

export const initialUsers: UsersState = {};

export const usersReducer: SliceReducer<UsersState> = (state, action) => {
  switch (action.name) {
    case 'users':
      return indexBy(action.payload.users, (user) => user.userName);
    case 'user': {
      const { user } = action.payload;
      const previous = state[user.userName];
      return previous !== undefined && deepEqual(previous, user)
        ? state
        : setEntry(state, user.userName, user);
    }
    default:
      return state;
  }
};
