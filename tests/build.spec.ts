import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkPrecache } from '../scripts/check-precache.js';
import { rebuildDir } from './support/global-setup';

const buildDir = join(import.meta.dirname, '..', 'build');

function files(dir: string) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name !== '.source-hash')
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

test('a rebuild of unchanged sources gives the same site and service worker', () => {
	expect(files(rebuildDir)).toEqual(files(buildDir));
	expect(readFileSync(join(rebuildDir, 'sw.js'), 'utf8')).toBe(
		readFileSync(join(buildDir, 'sw.js'), 'utf8')
	);
	for (const file of files(buildDir)) {
		expect
			.soft(readFileSync(join(rebuildDir, file)).equals(readFileSync(join(buildDir, file))), file)
			.toBe(true);
	}
});

test('the precache holds every page and asset of the build, and nothing else', () => {
	expect(checkPrecache(buildDir)).toEqual([]);
});
