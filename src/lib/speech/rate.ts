/** Listening speed: its bounds, and any number brought within them (1x when not a number). */
export const minRate = 0.5;
export const maxRate = 3;

export function clampRate(rate: number): number {
	if (!Number.isFinite(rate)) return 1;
	return Math.min(maxRate, Math.max(minRate, rate));
}
