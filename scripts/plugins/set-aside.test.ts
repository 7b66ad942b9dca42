import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setAside } from './set-aside.js';

let parent: string;
beforeEach(() => {
	parent = mkdtempSync(join(tmpdir(), 'folio-aside-'));
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

function site(name: string) {
	const dir = join(parent, name);
	mkdirSync(join(dir, 'articles', 'a'), { recursive: true });
	writeFileSync(join(dir, 'articles', 'a', 'index.html'), 'a');
	return dir;
}

describe('setAside', () => {
	it('takes the folder away at once and deletes it in the background', async () => {
		const dir = site('build');
		setAside(dir);
		expect(existsSync(dir)).toBe(false);
		await expect.poll(() => readdirSync(parent), { timeout: 5000 }).toEqual([]);
	});

	it('deletes what an earlier run left aside, and nothing else', async () => {
		site('.build-old-1-2');
		site('build-v2');
		setAside(join(parent, 'build'));
		await expect.poll(() => readdirSync(parent), { timeout: 5000 }).toEqual(['build-v2']);
	});

	it('takes a name for what it sets aside', async () => {
		const dir = site('output');
		site('output-old-3-4');
		setAside(dir, 'output-old-');
		expect(existsSync(dir)).toBe(false);
		await expect.poll(() => readdirSync(parent), { timeout: 5000 }).toEqual([]);
	});

	it('does nothing where there is nothing', () => {
		setAside(join(parent, 'nowhere', 'build'));
		expect(readdirSync(parent)).toEqual([]);
	});
});
