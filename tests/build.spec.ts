import {
	appendFileSync,
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkPrecache } from '../scripts/steps/check-precache.js';
import { sha256Source } from '../scripts/plugins/csp-hashes.js';
import { bootHold } from '../src/lib/boot/start-after-paint.js';
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

test('the precache check names what a broken build lacks or changed', () => {
	// The build step ran the check on build/ already; here it must catch a copy of that build
	// with a precached font gone and an article page written again after it was precached.
	const broken = mkdtempSync(join(tmpdir(), 'folio-broken-build-'));
	try {
		cpSync(buildDir, broken, { recursive: true });
		const { files: recorded } = JSON.parse(
			readFileSync(join(broken, 'offline-manifest.json'), 'utf8')
		) as { files: { url: string }[] };
		const font = recorded.find(({ url }) => url.endsWith('.woff2'))!.url;
		rmSync(join(broken, font));
		const page = join(broken, 'articles', 'us-ukraine-florida-talks', 'index.html');
		appendFileSync(page, '<!-- written again -->');
		const problems = checkPrecache(broken);
		expect(problems).toHaveLength(2);
		expect(problems).toContain(`${font} is precached but no file in the build serves it`);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/^articles\/us-ukraine-florida-talks\/index\.html changed after it was precached \(\d+ bytes then, \d+ now\)$/
			)
		);
	} finally {
		rmSync(broken, { recursive: true, force: true });
	}
});

test('every built page holds Kit’s own boot script, allowed by its own hash, for the start after paint', () => {
	const pages = files(buildDir).filter((file) => file.endsWith('.html'));
	expect(pages.length).toBeGreaterThan(3);
	for (const file of pages) {
		const html = readFileSync(join(buildDir, file), 'utf8');
		const policy = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		const held = new RegExp(
			`<script type="text/x-folio-held" id="${bootHold.scriptId}" ` +
				`${bootHold.modulesAttribute}="([^"]*)" ${bootHold.laterAttribute}="([^"]*)">([\\s\\S]*?)</script>`
		).exec(html);
		expect(held, file).not.toBeNull();
		const [, modules, later, text] = held!;
		// Kit's text as Kit wrote it: its hash, which Kit put in the policy, still allows it.
		expect(text, file).toMatch(/__sveltekit_\w+ = \{/);
		expect(policy, file).toContain(sha256Source(text));
		// The start script, by its hash too (its text as Node reads it; Playwright's own import
		// of the module is transformed, so the page's copy is the one to hash).
		const starter = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].find(([, script]) =>
			script.includes(`"scriptId":"${bootHold.scriptId}"`)
		);
		expect(starter, file).toBeDefined();
		expect(policy, file).toContain(sha256Source(starter![1]));
		// Nothing fetched before the paint; every module named is in the build.
		expect(html, file).not.toMatch(/<link[^>]+rel="modulepreload"/);
		const named = [...modules.split(' '), ...later.split(' ')];
		expect(named.length, file).toBeGreaterThan(5);
		for (const href of named)
			expect(existsSync(join(buildDir, href)), `${file}: ${href}`).toBe(true);
		// The boot's own imports are among the modules asked for at once.
		for (const [, src] of text.matchAll(/import\("([^"]+)"\)/g))
			expect(modules.split(' ')).toContain(src);
	}
});

test('the player’s stylesheet stays out of the article’s HTML: it comes with the player', () => {
	// Kit inlines the styles of every component the server build can still import, lazily or
	// not; the player's import is left out of it (ListenButton takes a request in an effect).
	const assets = join(buildDir, '_app', 'immutable', 'assets');
	const [player] = readdirSync(assets).filter((name) =>
		/^ListeningPlayer\.[\w-]+\.css$/.test(name)
	);
	expect(player).toBeDefined();
	const css = readFileSync(join(assets, player), 'utf8');
	const html = readFileSync(
		join(buildDir, 'articles', 'us-ukraine-florida-talks', 'index.html'),
		'utf8'
	);
	expect(css.length).toBeGreaterThan(1000);
	expect(html).not.toContain(css.slice(0, 200));
	expect(html).toContain(`/_app/immutable/assets/${player}`);
});
