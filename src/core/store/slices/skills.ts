/** Skills by id (`skills`, sent whole after every GetSkills, SaveSkill and DeleteSkill). */
import type { Skill } from '../../protocol/models.js';
import type { SliceReducer } from '../context.js';
import { indexBy } from '../records.js';

export type SkillsState = Readonly<Record<string, Skill>>;

export const initialSkills: SkillsState = {};

export const skillsReducer: SliceReducer<SkillsState> = (state, action) =>
  action.name === 'skills' ? indexBy(action.payload.skills, (skill) => skill.id) : state;
