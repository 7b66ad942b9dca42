import { fields } from './schema.js';

const { min, max, step } = fields.fontSize;

/** The font size `steps` steps away from `size` (snapped to the grid), within the bounds. */
export function stepFontSize(size: number, steps: number): number {
	const index = Math.round((size - min) / step) + steps;
	return Math.min(max, Math.max(min, min + index * step));
}

/**
 * The reader's size shortcut in `event`: Ctrl or Cmd with + (or =) is 1 step up, with - one
 * down, with 0 back to the default; anything else is undefined.
 */
export function sizeShortcut(event: KeyboardEvent): 1 | -1 | 0 | undefined {
	if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
	if (event.key === '+' || event.key === '=') return 1;
	if (event.key === '-' || event.key === '_') return -1;
	if (event.key === '0') return 0;
	return undefined;
}
