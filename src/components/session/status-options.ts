import type { OperatorStatus } from '../../core/protocol/models.js';

/**
 * The four statuses an operator can choose, in the order the pickers list them (the login
 * form's and the bar's; both load when first shown, and so does this list).
 */
export const operatorStatuses = [
  { value: 0, term: 'statusOnline' },
  { value: 1, term: 'statusBusy' },
  { value: 2, term: 'statusBeRightBack' },
  { value: 3, term: 'statusAway' },
] as const satisfies ReadonlyArray<{ value: OperatorStatus; term: string }>;
