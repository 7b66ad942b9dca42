import { fields } from './schema.js';

const { min, max, step } = fields.fontSize;

/** The font size `steps` steps away from `size` (snapped to the grid), within the bounds. */
export function stepFontSize(size: number, steps: number): number {
	const index = Math.round((size - min) / step) + steps;
	return Math.min(max, Math.max(min, min + index * step));
}
