import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const good =
	'---\ntitle: T\nbyline: B\nlang: en\nsummary: S.\nsource:\n  name: N\n---\n\nBody text.\n';

test.describe.configure({ timeout: 120_000 });

let library: string;
let output: string;

test.beforeEach(() => {
	library = mkdtempSync(join(tmpdir(), 'folio-broken-library-'));
	output = mkdtempSync(join(tmpdir(), 'folio-previous-build-'));
	writeFileSync(join(library, 'fine.md'), good);
	writeFileSync(join(library, 'wrong-type.md'), good.replace('title: T', 'title: [a, b]'));
	writeFileSync(
		join(library, 'future.md'),
		good.replace('lang: en', 'lang: en\npublished: 2999-01-01')
	);
	// What a previous, good build left behind: it must survive a failed build untouched.
	writeFileSync(join(output, 'index.html'), 'the previous build');
});
test.afterEach(() => {
	rmSync(library, { recursive: true, force: true });
	rmSync(output, { recursive: true, force: true });
});

/** Run a build command with the broken library, into the previous build's folder. */
function build(command: string, args: string[]) {
	return spawnSync(command, args, {
		cwd: root,
		env: { ...process.env, FOLIO_ARTICLES_DIR: library, FOLIO_BUILD_DIR: output },
		encoding: 'utf8'
	});
}

test('a broken article fails the build at once, one line per file, and writes nothing', () => {
	const result = build('npm', ['run', 'build', '--silent']);
	expect(result.status).not.toBe(0);
	const lines = result.stderr.trim().split('\n');
	expect(lines[0]).toBe('prepare-articles: 2 articles have problems:');
	expect(lines.slice(1)).toEqual([
		expect.stringMatching(
			/future\.md: published must be a real date, YYYY-MM-DD, not in the future$/
		),
		expect.stringMatching(/wrong-type\.md: title must be text$/)
	]);
	expect(readdirSync(output)).toEqual(['index.html']);
	expect(readFileSync(join(output, 'index.html'), 'utf8')).toBe('the previous build');
});

test('Kit itself, without that check, also fails before writing anything', () => {
	const result = build(process.execPath, [
		join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
		'build'
	]);
	expect(result.status).not.toBe(0);
	expect(result.stderr).toMatch(/wrong-type\.md: title must be text/);
	expect(readdirSync(output)).toEqual(['index.html']);
	expect(readFileSync(join(output, 'index.html'), 'utf8')).toBe('the previous build');
});
