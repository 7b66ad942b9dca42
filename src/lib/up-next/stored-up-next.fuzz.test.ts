import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/doubles/memory-storage';
import {
	jsonText,
	nastyValues,
	prototypeKeys,
	storedTexts
} from '../../../tests/doubles/storage-fuzz';
import { Persisted } from '$lib/persisted.svelte';
import { upNextFormat, upNextKey } from './stored-up-next';
import { listenLater, maxItems, type UpNextItem } from './up-next';

/** What a page opened now reads from storage, and what a page's change writes to it. */
const readUpNext = () => new Persisted(upNextFormat).current;
const writeUpNext = (list: UpNextItem[]) => new Persisted(upNextFormat).save(list);

// Whatever storage holds under Up next's key, reading never throws and gives only valid items,
// each article once; nothing reaches Object.prototype; and the next change is stored.
const runs = { numRuns: 1000 };
const slug = fc.oneof(
	fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/),
	fc.constantFrom(...prototypeKeys.map((key) => key.toLowerCase().replace(/_/g, '')))
);
const nastyValue = nastyValues('a', 'A', 'a b', '-a', 'a-', '<script>', 'x'.repeat(301));
const goodItem = fc.record({
	slug,
	title: fc.string({ minLength: 1, maxLength: 300 }),
	minutes: fc.double({ min: 0, max: 1000, noNaN: true })
});
const anyItem = fc.oneof(
	goodItem,
	fc.record(
		{
			slug: fc.oneof(slug, nastyValue),
			title: fc.oneof(fc.string(), nastyValue),
			minutes: fc.oneof(fc.double(), nastyValue),
			[`__proto__`]: fc.anything()
		},
		{ requiredKeys: [] }
	),
	nastyValue
);
const envelope = fc.oneof(
	fc.record(
		{ v: fc.oneof(fc.constant(1), nastyValue), data: fc.oneof(fc.array(anyItem), nastyValue) },
		{ requiredKeys: [] }
	),
	nastyValue
);
const storedText = storedTexts(
	envelope,
	fc.constant('{"v":1,"data":[{"__proto__":{"polluted":1},"slug":"a","title":"A","minutes":1}]}')
);

let memory: MemoryStorage;
beforeEach(() => {
	memory = new MemoryStorage();
	vi.stubGlobal('localStorage', memory);
});
afterEach(() => vi.unstubAllGlobals());

function expectValid(list: UpNextItem[]) {
	expect(Array.isArray(list)).toBe(true);
	expect(list.length).toBeLessThanOrEqual(maxItems);
	expect(new Set(list.map((item) => item.slug)).size).toBe(list.length);
	for (const item of list) {
		expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
		expect(Object.keys(item).sort()).toEqual(['minutes', 'slug', 'title']);
		expect(item.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		expect(item.title.length).toBeGreaterThan(0);
		expect(Number.isFinite(item.minutes) && item.minutes >= 0).toBe(true);
	}
}

describe('Up next in storage', () => {
	it('reads any stored text as a valid list, leaves storage as it was, and touches no prototype', () => {
		fc.assert(
			fc.property(storedText, (text) => {
				memory.setItem(upNextKey, text);
				const list = readUpNext();
				expectValid(list);
				expect(memory.getItem(upNextKey)).toBe(text);
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			}),
			runs
		);
	});

	it('after any garbage, adding an article is stored and reads back', () => {
		fc.assert(
			fc.property(storedText, goodItem, (text, added) => {
				memory.setItem(upNextKey, text);
				const next = listenLater(readUpNext(), added);
				expect(writeUpNext(next)).toBe(true);
				const after = readUpNext();
				expectValid(after);
				expect(after).toEqual(next);
				expect(after.at(-1)?.slug).toBe(added.slug);
			}),
			runs
		);
	});

	it('storage that throws: an empty list, and a write that says false', () => {
		const throwing = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		vi.stubGlobal('localStorage', { getItem: throwing, setItem: throwing, removeItem: throwing });
		expect(readUpNext()).toEqual([]);
		expect(writeUpNext([{ slug: 'a', title: 'A', minutes: 1 }])).toBe(false);
	});

	it('a valid list survives a round trip exactly', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(goodItem, { selector: (item) => item.slug, maxLength: 50 }),
				(list) => {
					expect(writeUpNext(list)).toBe(true);
					expect(readUpNext()).toEqual(list);
					expect(JSON.parse(memory.getItem(upNextKey) ?? '')).toEqual({ v: 1, data: list });
					expect(jsonText(list)).toBe(JSON.stringify(list));
				}
			),
			runs
		);
	});
});
