/**
 * The site's wrap-up settings read for the pane: which options to offer at a level of
 * the nesting, what a chosen value is called, and when the wrap-up is to be shown.
 */
import type { WrapUp, WrapUpOption } from '../../core/protocol/models.js';

/** The options under the path of values (the top level for an empty path). */
export function optionsAt(options: readonly WrapUpOption[], path: readonly string[]): readonly WrapUpOption[] {
  let level = options;
  for (const value of path) {
    const next = level.find((option) => option.value === value);
    if (next === undefined) return options;
    level = next.subOptions;
  }
  return level;
}

/** The display names from the top down to the option with this value, or [] if unknown. */
export function labelPath(options: readonly WrapUpOption[], value: string): string[] {
  for (const option of options) {
    if (option.subOptions.length === 0) {
      if (option.value === value) return [option.displayValue || option.value];
      continue;
    }
    const below = labelPath(option.subOptions, value);
    if (below.length > 0) return [option.displayValue || option.value, ...below];
  }
  return [];
}

/** Every choosable option (a leaf) with the names of the options above it. */
export function leaves(
  options: readonly WrapUpOption[],
  above: readonly string[] = [],
): Array<{ option: WrapUpOption; path: readonly string[] }> {
  return options.flatMap((option) =>
    option.subOptions.length > 0
      ? leaves(option.subOptions, [...above, option.displayValue || option.value])
      : [{ option, path: above }],
  );
}

export interface WrapUpMoment {
  /** The chat has ended (the visitor left or it was closed). */
  readonly ended: boolean;
  /** The operator asked to close the chat or put it away. */
  readonly closing: boolean;
}

/**
 * Whether the wrap-up is on screen: from the start (SessionStart), once the chat ends or
 * the operator closes it (SessionEnd), or when the operator closes their view of it
 * (OperatorClose). A disabled wrap-up never shows.
 */
export function wrapUpVisible(wrapUp: WrapUp | undefined, moment: WrapUpMoment): boolean {
  if (wrapUp === undefined || !wrapUp.enabled || wrapUp.options.length === 0) return false;
  switch (wrapUp.show) {
    case 'SessionStart':
      return true;
    case 'SessionEnd':
      return moment.ended || moment.closing;
    case 'OperatorClose':
      return moment.closing;
    default:
      return true;
  }
}

/** Closing (or putting away) waits for a wrap-up the site requires. */
export function wrapUpBlocksClosing(wrapUp: WrapUp | undefined, chosen: string | null): boolean {
  return wrapUp !== undefined && wrapUp.enabled && wrapUp.required && wrapUp.options.length > 0 && !chosen;
}
