import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDate } from './build-date';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'folio-date-'));
	mkdirSync(join(dir, 'nested'));
	const file = (path: string, iso: string) => {
		writeFileSync(join(dir, path), '');
		utimesSync(join(dir, path), new Date(iso), new Date(iso));
	};
	file('a.md', '2025-01-01T00:00:00Z');
	file('nested/b.md', '2025-06-01T12:00:00.750Z');
	file('notes.txt', '2026-01-01T00:00:00Z');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the date of the sources', () => {
	it('is when the newest article file changed, to the second, whatever the clock says', () => {
		expect(buildDate(dir, {}).toISOString()).toBe('2025-06-01T12:00:00.000Z');
	});

	it('is SOURCE_DATE_EPOCH when set, for reproducible builds', () => {
		expect(buildDate(dir, { SOURCE_DATE_EPOCH: '1764471600' }).toISOString()).toBe(
			'2025-11-30T03:00:00.000Z'
		);
		expect(buildDate(dir, { SOURCE_DATE_EPOCH: 'soon' }).toISOString()).toBe(
			'2025-06-01T12:00:00.000Z'
		);
	});
});
