import { describe, expect, it } from 'vitest';
import { fitLine, scaleChecks, type ScaleFigures } from './scale';

const size = (articles: number, seconds: number, mb: number, totalMb = mb): ScaleFigures => ({
	articles,
	buildSeconds: seconds,
	peakMemoryMB: mb,
	peakTotalMemoryMB: totalMb,
	msPerArticle: Math.round((seconds * 1000) / articles)
});

describe('the build at scale', () => {
	it('fits a line through the sizes', () => {
		expect(
			fitLine([
				[1000, 30],
				[5000, 90],
				[20000, 315]
			])
		).toEqual({
			slope: expect.closeTo(0.015, 3),
			intercept: expect.closeTo(15, 0)
		});
		expect(
			fitLine([
				[5, 1],
				[5, 3]
			])
		).toEqual({ slope: 0, intercept: 2 });
	});

	it('holds 20,000 articles to 6 minutes and 2.5 GB, and memory to a flat slope', () => {
		const good = [size(1000, 30, 1000), size(5000, 90, 1200), size(20000, 300, 1700, 1800)];
		expect(scaleChecks(good).every(([, ok]) => ok)).toBe(true);
		const slow = [...good.slice(0, 2), size(20000, 400, 1700)];
		expect(scaleChecks(slow).filter(([, ok]) => !ok)).toHaveLength(1);
		// All processes together count too, and so does how fast memory grows.
		const crowded = [...good.slice(0, 2), size(20000, 300, 1700, 3000)];
		expect(
			scaleChecks(crowded)
				.filter(([, ok]) => !ok)
				.map(([name]) => name)
		).toEqual([expect.stringContaining('within 2560 MB'), expect.stringContaining('grows')]);
	});
});
