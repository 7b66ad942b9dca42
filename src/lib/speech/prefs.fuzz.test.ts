import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/doubles/memory-storage';
import {
	jsonText,
	nastyValues,
	prototypeKeys,
	storedTexts
} from '../../../tests/doubles/storage-fuzz';
import { maxRate, minRate } from './rate';
import { Persisted } from '$lib/persisted.svelte';
import { defaultPrefs, prefsFormat, type ListeningPrefs } from './prefs';

/** What a page opened now reads from storage, and what a page's change writes to it. */
const readPrefs = () => new Persisted(prefsFormat).current;
const writePrefs = (prefs: ListeningPrefs) => new Persisted(prefsFormat).save(prefs);

// Property-based tests: whatever a device's storage holds under the listening key (an older
// Folio, another app on the same origin, a hand-edited value, an attack), the preferences come
// out complete and valid, nothing reaches Object.prototype, and the next change is kept.
const runs = { numRuns: 1000 };
const key = 'folio.listening';

/** Keys of the voice map as listening writes them: primary language subtags. */
const language = fc.stringMatching(/^[a-z]{2,3}$/);
const nastyKey = fc.oneof(
	language,
	fc.constantFrom(...prototypeKeys, 'pro', 'con'),
	fc.constantFrom(
		'en-GB',
		'EN',
		'e',
		'engl',
		'en ',
		'v',
		'rate',
		'voices',
		'wakeLock',
		'keepAudible'
	),
	fc.string()
);
/** Any value, near misses of the speed's bounds, and voice URIs around the 500-character cap. */
const nastyValue = fc.oneof(
	nastyValues(0, 0.4999999, 3.0000001, '1.5', 'true'),
	fc.string({ minLength: 495, maxLength: 505 })
);
const validPrefs = fc.record({
	rate: fc.double({ min: minRate, max: maxRate, noNaN: true }),
	voices: fc.dictionary(language, fc.string({ maxLength: 499 })),
	wakeLock: fc.boolean(),
	keepAudible: fc.boolean(),
	markRead: fc.boolean()
});
/** Stored values of every shape, from right to absurd: each part right, wrong or missing. */
const envelope = fc.oneof(
	fc.record(
		{
			v: fc.oneof(fc.constant(1), fc.integer(), nastyValue),
			rate: fc.oneof(fc.double({ min: minRate, max: maxRate }), fc.double(), nastyValue),
			voices: fc.oneof(
				fc.dictionary(nastyKey, fc.oneof(fc.string({ maxLength: 600 }), nastyValue)),
				nastyValue
			),
			wakeLock: fc.oneof(fc.boolean(), nastyValue),
			keepAudible: fc.oneof(fc.boolean(), nastyValue),
			markRead: fc.oneof(fc.boolean(), nastyValue),
			[`__proto__`]: nastyValue
		},
		{ requiredKeys: [] }
	),
	nastyValue
);
/** What storage may hold as text (tests/doubles/storage-fuzz.ts), with pollution shapes. */
const storedText = storedTexts(
	envelope,
	// Pollution shapes as text, since JSON.stringify writes "__proto__" only for own keys.
	fc
		.string({ maxLength: 20 })
		.map(
			(uri) =>
				`{"v":1,"__proto__":{"polluted":1},"rate":1.5,"voices":{"__proto__":{"en":${jsonText(uri)}},` +
				`"constructor":{"prototype":{"polluted":1}},"en":${jsonText(uri)}}}`
		)
);

/** Exactly the five preferences, each of its kind and in its bounds. */
function expectValid(prefs: ListeningPrefs) {
	expect(Object.getPrototypeOf(prefs)).toBe(Object.prototype);
	expect(Object.keys(prefs).sort()).toEqual([
		'keepAudible',
		'markRead',
		'rate',
		'voices',
		'wakeLock'
	]);
	expect(typeof prefs.rate).toBe('number');
	expect(prefs.rate).toBeGreaterThanOrEqual(minRate);
	expect(prefs.rate).toBeLessThanOrEqual(maxRate);
	expect(typeof prefs.wakeLock).toBe('boolean');
	expect(typeof prefs.keepAudible).toBe('boolean');
	expect(typeof prefs.markRead).toBe('boolean');
	expect(Object.getPrototypeOf(prefs.voices)).toBe(Object.prototype);
	const inherited: string[] = [];
	for (const lang in prefs.voices) if (!Object.hasOwn(prefs.voices, lang)) inherited.push(lang);
	expect(inherited).toEqual([]);
	for (const [lang, uri] of Object.entries(prefs.voices)) {
		expect(lang).toMatch(/^[a-z]{2,3}$/);
		expect(typeof uri).toBe('string');
		expect(uri.length).toBeLessThan(500);
	}
}

let memory: MemoryStorage;
beforeEach(() => {
	memory = new MemoryStorage();
	vi.stubGlobal('localStorage', memory);
});
afterEach(() => vi.unstubAllGlobals());

describe('listening preferences from anything in storage (fast-check, 1,000 runs each)', () => {
	it('reading any stored text gives complete, valid preferences, and leaves storage as it was', () => {
		fc.assert(
			fc.property(storedText, (text) => {
				memory.setItem(key, text);
				const prefs = readPrefs();
				expectValid(prefs);
				expect(memory.getItem(key)).toBe(text);
				// What the listening bar does with them may not change the defaults.
				prefs.voices.en = 'changed';
				prefs.rate = 2;
				expect(defaultPrefs).toEqual({
					rate: 1,
					voices: {},
					wakeLock: false,
					keepAudible: true,
					markRead: true
				});
				// Written back as they are, they read the same.
				expect(writePrefs(prefs)).toBe(true);
				expect(readPrefs()).toEqual(prefs);
			}),
			runs
		);
	});

	it('each valid part survives whatever its neighbours hold', () => {
		fc.assert(
			fc.property(
				validPrefs,
				fc.dictionary(nastyKey, nastyValue),
				fc.dictionary(nastyKey, nastyValue),
				(good, others, badVoices) => {
					const voices = { ...badVoices, ...good.voices };
					memory.setItem(key, jsonText({ v: 1, data: { ...others, ...good, voices } }));
					const prefs = readPrefs();
					expect(prefs.rate).toBe(good.rate);
					expect(prefs.wakeLock).toBe(good.wakeLock);
					expect(prefs.keepAudible).toBe(good.keepAudible);
					expect(prefs.markRead).toBe(good.markRead);
					expect(prefs.voices).toMatchObject(good.voices);
				}
			),
			runs
		);
	});

	it('after reading any garbage, changing speed, voice, screen lock or audible page is stored and reads back', () => {
		const change = fc.oneof(
			fc.record({ rate: fc.double({ min: minRate, max: maxRate, noNaN: true }) }),
			fc.record({ lang: language, uri: fc.string({ maxLength: 499 }) }),
			fc.record({ wakeLock: fc.boolean() }),
			fc.record({ keepAudible: fc.boolean() }),
			fc.record({ markRead: fc.boolean() })
		);
		fc.assert(
			fc.property(storedText, change, (text, made) => {
				memory.setItem(key, text);
				// As the listening session makes each change: read, change one part, write.
				const before = readPrefs();
				const next =
					'lang' in made
						? { ...before, voices: { ...before.voices, [made.lang]: made.uri } }
						: { ...before, ...made };
				expect(writePrefs(next)).toBe(true);
				expect(JSON.parse(memory.getItem(key) ?? '').v).toBe(1);
				const after = readPrefs();
				expectValid(after);
				expect(after).toEqual(next);
				if ('lang' in made) expect(after.voices[made.lang]).toBe(made.uri);
			}),
			runs
		);
	});

	it('storage that throws on every call: defaults, nothing throws, writes say false', () => {
		const throwing = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		vi.stubGlobal('localStorage', { getItem: throwing, setItem: throwing, removeItem: throwing });
		fc.assert(
			fc.property(validPrefs, (prefs) => {
				expect(writePrefs(prefs)).toBe(false);
				expect(readPrefs()).toEqual(defaultPrefs);
			}),
			runs
		);
	});

	it('storage that fails at random: nothing throws, and a write that says it worked is stored', () => {
		fc.assert(
			fc.property(
				storedText,
				fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
				fc.array(validPrefs, { minLength: 1, maxLength: 4 }),
				(text, failures, writes) => {
					memory.setItem(key, text);
					let call = 0;
					const fails = () => {
						if (failures[call++ % failures.length]) throw new Error('QuotaExceededError');
					};
					vi.stubGlobal('localStorage', {
						getItem: (name: string) => (fails(), memory.getItem(name)),
						setItem: (name: string, value: string) => (fails(), memory.setItem(name, value)),
						removeItem: (name: string) => (fails(), memory.removeItem(name))
					});
					for (const prefs of writes) {
						const saved = writePrefs(prefs);
						const read = readPrefs();
						expectValid(read);
						// Past the flaky calls, storage holds the last write that said it worked.
						if (saved) expect(JSON.parse(memory.getItem(key) ?? '')).toEqual({ v: 1, data: prefs });
					}
				}
			),
			runs
		);
	});

	it('nothing reached Object.prototype', () => {
		expect(Object.keys(Object.prototype)).toEqual([]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
