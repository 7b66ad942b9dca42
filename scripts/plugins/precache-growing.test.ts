import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	fileDetails,
	growingGlobIgnores,
	maximumFileSize,
	withinSizeLimit
} from './precache-growing.js';
import { pwaOptions } from './pwa-options.js';

// Workbox's own globbing and hashing, which the transform must match for the files it adds.
const { getFileDetails } = createRequire(import.meta.url)(
	'workbox-build/build/lib/get-file-details.js'
) as {
	getFileDetails(options: { globDirectory: string; globIgnores: string[]; globPattern: string }): {
		globbedFileDetails: Array<{ file: string; hash: string; size: number }>;
	};
};

let root: string;

function write(path: string, text = path) {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
}

/** What Workbox's glob finds in `root` with Folio's patterns and ignores. */
function globbed(): string[] {
	const { globPatterns = [], globIgnores = [] } = pwaOptions.workbox ?? {};
	return globPatterns
		.flatMap(
			(globPattern) =>
				getFileDetails({ globDirectory: root, globIgnores, globPattern }).globbedFileDetails
		)
		.map((details) => details.file)
		.sort();
}

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'folio-output-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the files that grow with the library', () => {
	it('are left out of Workbox’s glob, and nothing else is', () => {
		const fixed = [
			'client/_app/immutable/x.js',
			'client/pagefind/pagefind.js',
			'client/pagefind/pagefind.en_1.pf_meta',
			'client/pagefind/wasm.en.pagefind',
			'prerendered/pages/index.html',
			'prerendered/pages/search.html',
			'prerendered/pages/page/2.html',
			'prerendered/dependencies/__data.json'
		];
		const growing = [
			'prerendered/pages/articles/a/index.html',
			'prerendered/pages/articles/a/listen.json',
			'prerendered/dependencies/articles/a/__data.json',
			'client/pagefind/index/en_1.pf_index',
			'client/pagefind/fragment/en_2.pf_fragment',
			'client/pagefind/filter/en_3.pf_filter',
			'client/pagefind/part-1/index/en_4.pf_index',
			'client/pagefind/part-1/fragment/en_5.pf_fragment'
		];
		for (const path of [...fixed, ...growing]) write(path);
		expect(growingGlobIgnores.length).toBeGreaterThan(0);
		expect(globbed()).toEqual([...fixed].sort());
	});

	it('are described as Workbox describes the files it globs', () => {
		write('prerendered/pages/articles/a/index.html', '<p>a</p>');
		write('prerendered/pages/articles/a/index.html.br', 'compressed');
		write('prerendered/pages/articles/a/listen.json', '{"s":[]}');
		const ours = fileDetails(root, 'prerendered/pages/articles/a', (path) =>
			/\.(?:html|json)$/.test(path)
		);
		const workbox = getFileDetails({
			globDirectory: root,
			globIgnores: [],
			globPattern: 'prerendered/pages/articles/a/*.{html,json}'
		}).globbedFileDetails.map(({ file, hash, size }) => ({ url: file, revision: hash, size }));
		const byUrl = (a: { url: string }, b: { url: string }) => (a.url < b.url ? -1 : 1);
		expect(ours.sort(byUrl)).toEqual(workbox.sort(byUrl));
		expect(ours).toHaveLength(2);
	});

	it('are none in a folder that does not exist', () => {
		expect(fileDetails(root, 'prerendered/dependencies/articles/gone', () => true)).toEqual([]);
	});

	it('over the size limit are left out with a warning naming them', () => {
		const result = withinSizeLimit([
			{ url: 'a/index.html', size: maximumFileSize },
			{ url: 'b/index.html', size: maximumFileSize + 1 }
		]);
		expect(result.entries.map((entry) => entry.url)).toEqual(['a/index.html']);
		expect(result.warnings).toHaveLength(1);
		expect(result.warnings[0]).toContain('b/index.html');
	});
});
