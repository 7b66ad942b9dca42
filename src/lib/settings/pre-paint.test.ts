import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readingFace } from '$lib/fonts/stored-face.js';
import { FakeRoot } from '../../../tests/doubles/fake-root';
import { storageKey, version } from './schema.js';
import { ReaderSettings } from './settings.svelte';

/** localStorage holding `text` under the settings key, or throwing on every read. */
function storageWith(text: string | null | 'throws') {
	return {
		getItem(key: string) {
			if (text === 'throws') throw new DOMException('denied', 'SecurityError');
			return key === storageKey ? text : null;
		},
		setItem() {},
		removeItem() {}
	};
}

// The exact text the pages ship (Node's own reading of pre-paint.js, via vite.config.ts), not
// a copy that went through Vite's transform.
const prePaintScript = __FOLIO_PRE_PAINT__;

/** What the inline script writes onto <html> for `text` in storage. */
function prePaint(text: string | null | 'throws') {
	const root = new FakeRoot();
	runInNewContext(prePaintScript, {
		document: { documentElement: root },
		localStorage: storageWith(text)
	});
	return root.snapshot();
}

/** What the app's own runtime (ReaderSettings) writes onto <html> for the same storage. */
async function runtime(text: string | null | 'throws') {
	vi.stubGlobal('localStorage', storageWith(text));
	const root = new FakeRoot();
	new ReaderSettings(root);
	await new Promise((resolve) => setTimeout(resolve)); // a new font is shown once loaded
	return root.snapshot();
}

afterEach(() => vi.unstubAllGlobals());

const cases: Record<string, string | null | 'throws'> = {
	'nothing stored': null,
	'storage that throws': 'throws',
	'not JSON': '{oops',
	'JSON null': 'null',
	'an array': '[1,2,3]',
	'every field set': JSON.stringify({
		v: version,
		data: {
			font: 'mono',
			fontSize: 34,
			lineHeight: 2.1,
			measure: 50,
			letterSpacing: 0.09,
			wordSpacing: 0.2,
			align: 'justify',
			theme: 'custom',
			customText: '#FFEEDD',
			customBackground: '#102030'
		}
	}),
	'some fields garbage': JSON.stringify({
		v: version,
		data: { font: 'comic', fontSize: 99, lineHeight: '2', theme: 'black', measure: 72 }
	}),
	'stored before the envelope': JSON.stringify({ version, settings: { theme: 'sepia' } }),
	'an older version': JSON.stringify({ v: 0, data: { theme: 'dark' } }),
	'a newer version': JSON.stringify({ v: version + 1, data: { theme: 'gray' } })
};

describe('the pre-paint script', () => {
	for (const [name, text] of Object.entries(cases)) {
		it(`applies what the runtime applies: ${name}`, async () => {
			const before = prePaint(text);
			expect(before.attributes['data-folio-theme']).toBeDefined();
			expect(before).toEqual(await runtime(text));
		});
	}

	it('survives a page without localStorage at all', () => {
		const root = new FakeRoot();
		runInNewContext(prePaintScript, { document: { documentElement: root } });
		expect(root.getAttribute('data-folio-theme')).toBe('auto');
	});

	it('shows Literata from the first paint only once storage says this device has it', () => {
		const shown = (stored: string | null) => {
			const root = new FakeRoot();
			runInNewContext(prePaintScript, {
				document: { documentElement: root },
				localStorage: { getItem: (key: string) => (key === readingFace.key ? stored : null) }
			});
			return root.getAttribute(readingFace.attribute);
		};
		expect(shown(readingFace.value)).toBe(readingFace.value);
		for (const stored of [null, '', 'LITERATA', 'true', '{"literata":1}', 'x'.repeat(100_000)]) {
			expect(shown(stored)).toBeNull();
		}
	});

	it('believes the note only on a page a service worker controls, where there are workers', () => {
		const shown = (navigator: unknown) => {
			const root = new FakeRoot();
			runInNewContext(prePaintScript, {
				document: { documentElement: root },
				navigator,
				localStorage: { getItem: (key: string) => (key === readingFace.key ? 'literata' : null) }
			});
			return root.getAttribute(readingFace.attribute);
		};
		expect(shown({ serviceWorker: { controller: {} } })).toBe(readingFace.value);
		expect(shown({})).toBe(readingFace.value);
		// Caches and worker cleared, the note kept (as Lighthouse does): no font before the paint.
		expect(shown({ serviceWorker: { controller: null } })).toBeNull();
	});

	it('cannot close its own script element', () => {
		expect(prePaintScript).not.toMatch(/<\/?script/i);
	});
});
