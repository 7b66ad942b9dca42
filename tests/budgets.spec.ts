import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { budgets, offlinePack, pageBytes } from '../scripts/bench/bytes.js';

// Deterministic byte budgets on the built site; timings and Lighthouse live in `npm run bench`.
const buildDir = join(import.meta.dirname, '..', 'build');

for (const path of ['/', '/articles/us-ukraine-florida-talks/']) {
	test(`${path} fits its first paint in one round trip and its up-front JS in budget`, () => {
		const bytes = pageBytes(buildDir, path);
		expect(bytes.blockingCssBytes).toBe(0);
		// No script is fetched before the first paint: the app starts after the load event.
		expect(bytes.jsBeforePaintFiles).toBe(0);
		expect(bytes.upFrontJsFiles).toBeGreaterThan(2);
		expect(bytes.renderCriticalBytes).toBeLessThanOrEqual(budgets.renderCriticalBytes);
		expect(bytes.upFrontJsBytes).toBeLessThanOrEqual(budgets.upFrontJsBytes);
	});
}

test('the offline pack stays within its budget, fonts included', () => {
	const pack = offlinePack(buildDir);
	expect(pack.byKind.fonts).toBeGreaterThan(0);
	expect(pack.bytes).toBeLessThanOrEqual(budgets.offlinePackBytes);
});
