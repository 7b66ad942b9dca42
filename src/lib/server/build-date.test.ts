import { describe, expect, it } from 'vitest';
import { buildDate } from './build-date';

describe('the build date', () => {
	it('is SOURCE_DATE_EPOCH when set, for reproducible builds', () => {
		expect(buildDate({ SOURCE_DATE_EPOCH: '1764471600' }).toISOString()).toBe(
			'2025-11-30T03:00:00.000Z'
		);
	});

	it('is now otherwise, or when the variable is not a number', () => {
		for (const env of [{}, { SOURCE_DATE_EPOCH: 'soon' }]) {
			expect(Math.abs(buildDate(env).getTime() - Date.now())).toBeLessThan(5000);
		}
	});
});
