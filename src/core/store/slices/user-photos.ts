/** User photos by user name (`userphoto`); a blank photo means the user has none. */
import type { UserPhoto } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { deepEqual, setEntry } from '../records.js';

export type UserPhotosState = Readonly<Record<string, UserPhoto>>;

export const initialUserPhotos: UserPhotosState = {};

export const userPhotosReducer: SliceReducer<UserPhotosState> = (state, action) => {
  if (action.name !== 'userphoto') return state;
  const photo = action.payload;
  const previous = state[photo.userName];
  return previous !== undefined && deepEqual(previous, photo)
    ? state
    : setEntry(state, photo.userName, photo);
};
