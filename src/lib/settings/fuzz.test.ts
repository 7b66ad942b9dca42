import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nastyValues, prototypeKeys, storedTexts } from '../../../tests/doubles/storage-fuzz';
import { FakeRoot } from '../../../tests/doubles/fake-root';
import { fields, schema, storageKey, version } from './schema.js';
import { settingsFrom, toStored } from './settings';
import { ReaderSettings } from './settings.svelte';
import type { Settings } from './types';

// Property-based tests: whatever a device's storage holds (an older Folio, another app on the
// same origin, a hand-edited value, an attack), the settings come out complete and valid, the
// pre-paint script and the app agree, and nothing throws.
const runs = { numRuns: 1000 };
const fieldNames = Object.keys(schema.fields);

/** Keys that reach into prototypes, mixed with the real field names. */
const nastyKey = fc.oneof(fc.constantFrom(...fieldNames, ...prototypeKeys), fc.string());
const nastyValue = nastyValues('#GGGGGG', '#12345', 'red');
/** Envelopes of every shape, from right to absurd, in today's form and the one before it. */
const someVersion = fc.oneof(fc.constant(version), fc.integer(), fc.double(), nastyValue);
const envelope = fc.oneof(
	fc.record({ v: someVersion, data: fc.dictionary(nastyKey, nastyValue) }, { requiredKeys: [] }),
	fc.record(
		{ version: someVersion, settings: fc.dictionary(nastyKey, nastyValue) },
		{ requiredKeys: [] }
	),
	nastyValue
);
/** What storage may hold as text (tests/doubles/storage-fuzz.ts). */
const storedText = storedTexts(envelope);

/** Every field present, of its kind, in its bounds: what the page may safely show. */
function expectValid(settings: Record<string, unknown>) {
	expect(Object.keys(settings).sort()).toEqual([...fieldNames].sort());
	for (const [key, field] of Object.entries(schema.fields)) {
		const value = settings[key];
		if (field.kind === 'range') {
			if (value === null) expect(field.default).toBeNull();
			else {
				expect(typeof value).toBe('number');
				expect(value as number).toBeGreaterThanOrEqual(field.min - 1e-9);
				expect(value as number).toBeLessThanOrEqual(field.max + 1e-9);
			}
		} else if (field.kind === 'choice') expect(field.options).toContain(value);
		else expect(value).toMatch(/^#[0-9a-f]{6}$/);
	}
}

/** localStorage holding `text` under the settings key. */
function storageWith(text: string) {
	return {
		getItem: (key: string) => (key === storageKey ? text : null),
		setItem() {},
		removeItem() {}
	};
}

/** What the shipped inline script writes onto <html> for `text` in storage. */
function prePaint(text: string) {
	const root = new FakeRoot();
	runInNewContext(__FOLIO_PRE_PAINT__, {
		document: { documentElement: root },
		localStorage: storageWith(text)
	});
	return root.snapshot();
}

/** The CSS values settings may write: numbers with units, #rrggbb, or the schema's font stacks. */
function expectSafeProperties(properties: Record<string, string>) {
	const stacks = new Set(Object.values(fields.font.values ?? {}));
	for (const value of Object.values(properties)) {
		if (!stacks.has(value)) expect(value).toMatch(/^(-?\d+(\.\d+)?[a-z%]*|#[0-9a-f]{6})$/);
	}
}

afterEach(() => vi.unstubAllGlobals());

describe('settings from anything in storage (fast-check, 1,000 runs each)', () => {
	it('parse: any value gives complete, valid settings, and parsing again changes nothing', () => {
		fc.assert(
			fc.property(envelope, (stored) => {
				const settings = settingsFrom(stored);
				expectValid(settings as unknown as Record<string, unknown>);
				expect(settingsFrom(toStored(settings))).toEqual(settings);
			}),
			runs
		);
	});

	it('parse: a valid field survives whatever its neighbours hold', () => {
		const theme = fc.constantFrom(...fields.theme.options);
		fc.assert(
			fc.property(theme, fc.dictionary(nastyKey, nastyValue), (chosen, others) => {
				const settings = { ...others, theme: chosen };
				expect(settingsFrom({ version, settings }).theme).toBe(chosen);
			}),
			runs
		);
	});

	it('pre-paint: any stored text paints safe values, the same as the app, without throwing', async () => {
		await fc.assert(
			fc.asyncProperty(storedText, async (text) => {
				const painted = prePaint(text);
				expect(painted.attributes['data-folio-theme']).toBeDefined();
				expectSafeProperties(painted.properties);
				vi.stubGlobal('localStorage', storageWith(text));
				const root = new FakeRoot();
				new ReaderSettings(root);
				await new Promise((resolve) => setTimeout(resolve));
				expect(root.snapshot()).toEqual(painted);
			}),
			runs
		);
		// A thousand runs of the app's real, asynchronous start: seconds, more on a busy machine.
	}, 60_000);

	it('storage that throws on every call: any change still shows, and is reported unsaved', () => {
		const throwing = () => {
			throw new DOMException('denied', 'SecurityError');
		};
		vi.stubGlobal('localStorage', { getItem: throwing, setItem: throwing, removeItem: throwing });
		const root = new FakeRoot();
		const settings = new ReaderSettings(root);
		fc.assert(
			fc.property(fc.dictionary(nastyKey, nastyValue), (patch) => {
				settings.update(patch as Partial<Settings>);
				expect(settings.saved).toBe(false);
				expectValid(settings.current as unknown as Record<string, unknown>);
				expectSafeProperties(root.snapshot().properties);
			}),
			runs
		);
	});

	it('nothing reached Object.prototype', () => {
		expect(Object.keys(Object.prototype)).toEqual([]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
