import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../../tests/doubles/memory-storage';
import {
	jsonText,
	nastyValues,
	prototypeKeys,
	storedTexts
} from '../../../tests/doubles/storage-fuzz';
import {
	clearPosition,
	dropMissing,
	getPosition,
	markRead,
	parsePosition,
	readPositions,
	storedPositions,
	savePosition,
	updatePosition,
	type Position
} from './positions';

// Property-based tests: whatever a device's storage holds under the positions key (an older
// Folio, another app on the same origin, a hand-edited value, an attack), reading never throws
// and gives only valid positions, nothing reaches Object.prototype, and the next save works.
const runs = { numRuns: 1000 };
const key = 'folio.positions';

/** Slugs as the library makes them, words that are also Object.prototype names included. */
const slug = fc.oneof(
	fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/),
	fc.constantFrom('florida', 'constructor', 'prototype', 'hasownproperty')
);
const sentenceId = fc.tuple(fc.nat(999), fc.nat(99)).map(([b, s]) => `b${b}-${s}`);
/** Keys that reach into prototypes, mixed with slugs and any text. */
const nastyKey = fc.oneof(slug, fc.constantFrom(...prototypeKeys), fc.string());
/** Any value, and near misses of a fraction and of a sentence id. */
const nastyValue = nastyValues(
	-1e-320,
	1.0000001,
	'0.5',
	'b1-1',
	'b',
	'b1',
	'b-1',
	'B1-1',
	' b1-1',
	'b1-1 ',
	'b1-1\n',
	'<script>',
	'b1-1-1'
);
/** Stored records of every shape, from right to absurd: each field right, wrong or missing. */
const record = fc.record(
	{
		sentenceId: fc.oneof(sentenceId, nastyValue),
		offset: fc.oneof(fc.double({ min: 0, max: 1 }), nastyValue),
		progress: fc.oneof(fc.double({ min: 0, max: 1 }), nastyValue),
		title: fc.oneof(fc.string(), fc.string({ minLength: 295, maxLength: 305 }), nastyValue),
		readingMinutes: fc.oneof(fc.nat(), nastyValue),
		readAt: fc.oneof(fc.nat(), nastyValue),
		updatedAt: fc.oneof(fc.nat(), fc.double(), nastyValue),
		[`__proto__`]: fc.anything()
	},
	{ requiredKeys: [] }
);
const entries = fc.oneof(
	fc.dictionary(nastyKey, fc.oneof(record, nastyValue)),
	fc.array(fc.oneof(record, nastyValue), { maxLength: 5 }),
	nastyValue
);
/**
 * Envelopes of every shape: right and wrong versions, the entries in the wrong place, in
 * today's form ({ v, data }) and the one before it ({ v, positions }).
 */
const someVersion = fc.oneof(fc.constantFrom(1, 2), fc.integer(), nastyValue);
const envelope = fc.oneof(
	fc.record({ v: someVersion, data: entries, [`__proto__`]: entries }, { requiredKeys: [] }),
	fc.record({ v: someVersion, positions: entries, [`__proto__`]: entries }, { requiredKeys: [] }),
	nastyValue
);
/** What storage may hold as text (tests/doubles/storage-fuzz.ts), with pollution shapes. */
const storedText = storedTexts(
	envelope,
	// Pollution shapes as text, since JSON.stringify writes "__proto__" only for own keys.
	fc
		.tuple(record.map(jsonText), fc.constantFrom(1, 2))
		.map(
			([value, v]) =>
				`{"v":${v},"__proto__":{"polluted":1},"positions":{"__proto__":${value},` +
				`"constructor":{"prototype":{"polluted":1}},"a":${value}}}`
		)
);

/** Only own entries, each a position the page can show: the shapes and bounds of positions.ts. */
function expectValid(positions: unknown) {
	expect(Object.getPrototypeOf(positions)).toBe(Object.prototype);
	const inherited: string[] = [];
	for (const name in positions as object) {
		if (!Object.hasOwn(positions as object, name)) inherited.push(name);
	}
	expect(inherited).toEqual([]);
	for (const position of Object.values(positions as object)) expectValidPosition(position);
}
const fields = [
	'sentenceId',
	'offset',
	'progress',
	'title',
	'readingMinutes',
	'readAt',
	'updatedAt'
];
function expectValidPosition(position: Position) {
	expect(Object.getPrototypeOf(position)).toBe(Object.prototype);
	for (const name of Object.keys(position)) expect(fields).toContain(name);
	expect(position.sentenceId).toMatch(/^b\d+-\d+$/);
	for (const fraction of [position.offset, position.progress]) {
		expect(typeof fraction).toBe('number');
		expect(fraction).toBeGreaterThanOrEqual(0);
		expect(fraction).toBeLessThanOrEqual(1);
	}
	for (const name of ['updatedAt', 'readingMinutes', 'readAt'] as const) {
		if (name !== 'updatedAt' && !(name in position)) continue;
		expect(Number.isFinite(position[name])).toBe(true);
		expect(position[name]).toBeGreaterThanOrEqual(0);
	}
	if ('title' in position) {
		expect(typeof position.title).toBe('string');
		expect(position.title?.length).toBeGreaterThan(0);
		expect(position.title?.length).toBeLessThanOrEqual(300);
	}
}

/** One change, as reading and listening make them. */
const change = fc.oneof(
	fc.record({ kind: fc.constant('save' as const), slug, sentenceId }),
	fc.record({
		kind: fc.constant('update' as const),
		slug,
		change: fc.record(
			{
				sentenceId,
				offset: fc.double({ min: 0, max: 1, noNaN: true }),
				progress: fc.double({ min: 0, max: 1, noNaN: true }),
				title: fc.string({ minLength: 1, maxLength: 300 }),
				readingMinutes: fc.nat()
			},
			{ requiredKeys: [] }
		)
	}),
	fc.record({ kind: fc.constant('read' as const), slug, read: fc.boolean() })
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;
function apply(made: Change, now: number) {
	if (made.kind === 'save') return savePosition(made.slug, made.sentenceId, now);
	if (made.kind === 'update') return updatePosition(made.slug, made.change, now);
	return markRead(made.slug, made.read, now);
}
/** What reading `made.slug` back must show after `made`. */
function expectApplied(made: Change, position: Position | undefined, now: number) {
	expect(position).toBeDefined();
	expect(position?.updatedAt).toBe(now);
	if (made.kind === 'save') expect(position).toMatchObject({ sentenceId: made.sentenceId });
	else if (made.kind === 'update') {
		for (const [name, value] of Object.entries(made.change)) {
			expect(position?.[name as keyof Position]).toBe(value);
		}
	} else if (made.read) expect(position).toMatchObject({ progress: 1, readAt: now });
	else {
		expect(position).toMatchObject({ sentenceId: 'b0-1', offset: 0, progress: 0 });
		expect(position?.readAt).toBeUndefined();
	}
}
const now = fc.integer({ min: 0, max: 4_102_444_800_000 });

let memory: MemoryStorage;
beforeEach(() => {
	memory = new MemoryStorage();
	vi.stubGlobal('localStorage', memory);
	// A new page's view: nothing kept in memory from the test before.
	storedPositions().reload();
});
afterEach(() => vi.unstubAllGlobals());

describe('positions from anything in storage (fast-check, 1,000 runs each)', () => {
	it('reading any stored text gives only valid own positions, and leaves storage as it was', () => {
		fc.assert(
			fc.property(storedText, fc.array(nastyKey, { maxLength: 3 }), (text, asked) => {
				memory.setItem(key, text);
				const positions = readPositions();
				expectValid(positions);
				expect(memory.getItem(key)).toBe(text);
				for (const name of [...asked, '__proto__', 'constructor', 'toString', 'a']) {
					if (Object.hasOwn(positions, name)) expect(getPosition(name)).toEqual(positions[name]);
					else expect(getPosition(name)).toBeUndefined();
				}
			}),
			runs
		);
		// A thousand runs over huge and deeply nested values: seconds, more on a busy machine.
	}, 60_000);

	it('parsing any value gives a valid position or none, and parsing it again changes nothing', () => {
		fc.assert(
			fc.property(fc.oneof(record, nastyValue), (value) => {
				const position = parsePosition(value);
				// A position exactly when there is a sentence to return to; other fields fall back.
				const { sentenceId: id } = (value ?? {}) as { sentenceId?: unknown };
				expect(position !== undefined).toBe(typeof id === 'string' && /^b\d+-\d+$/.test(id));
				if (position === undefined) return;
				expectValidPosition(position);
				expect(parsePosition(position)).toEqual(position);
			}),
			runs
		);
	});

	it('a valid position survives whatever its neighbours hold, in either version and form', () => {
		fc.assert(
			fc.property(
				slug,
				sentenceId,
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.constantFrom(1, 2),
				fc.constantFrom('data', 'positions'),
				fc.dictionary(nastyKey, fc.oneof(record, nastyValue)),
				(name, id, progress, v, field, neighbours) => {
					const good = { sentenceId: id, offset: 0, progress, updatedAt: 5 };
					const text = jsonText({ v, [field]: { ...neighbours, [name]: good } });
					memory.setItem(key, text);
					expect(getPosition(name)).toEqual(good);
				}
			),
			runs
		);
	});

	it('after reading any garbage, a save reports success, stores readable JSON, and reads back', () => {
		fc.assert(
			fc.property(storedText, change, now, (text, made, time) => {
				memory.setItem(key, text);
				const before = readPositions();
				expect(apply(made, time)).toBe(true);
				const stored = JSON.parse(memory.getItem(key) ?? '');
				expect(stored.v).toBe(2);
				const after = readPositions();
				expectValid(after);
				expectApplied(made, getPosition(made.slug), time);
				// Fewer than the 500 kept: every other valid position is still there.
				for (const [name, position] of Object.entries(before)) {
					if (name !== made.slug) expect(after[name]).toEqual(position);
				}
			}),
			runs
		);
	}, 60_000);

	it('a save is kept whatever the stored times, even with 500 positions dated after it', () => {
		// A clock once set ahead, or a hand-edited value, leaves positions "newer" than now.
		const stored = fc.record({
			count: fc.integer({ min: 0, max: 700 }),
			from: fc.oneof(now, fc.double({ min: 0, max: 1e308, noNaN: true })),
			step: fc.nat(60_000)
		});
		fc.assert(
			fc.property(stored, change, now, ({ count, from, step }, made, at) => {
				const positions = Object.fromEntries(
					Array.from({ length: count }, (_, i) => [
						`s${i}`,
						{ sentenceId: 'b1-1', updatedAt: from + i * step }
					])
				);
				memory.setItem(key, jsonText({ v: 2, positions }));
				expect(apply(made, at)).toBe(true);
				expect(Object.keys(readPositions()).length).toBeLessThanOrEqual(500);
				expectApplied(made, getPosition(made.slug), at);
			}),
			runs
		);
	}, 60_000);

	it('storage that throws on every call: nothing throws, writes say false, and the change is kept for this visit only', () => {
		const throwing = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		vi.stubGlobal('localStorage', { getItem: throwing, setItem: throwing, removeItem: throwing });
		fc.assert(
			fc.property(fc.array(change, { minLength: 1, maxLength: 5 }), now, (made, time) => {
				for (const one of made) {
					expect(apply(one, time)).toBe(false);
					expectApplied(one, getPosition(one.slug), time);
					clearPosition(one.slug);
					expect(getPosition(one.slug)).toBeUndefined();
					dropMissing([one.slug]);
				}
			}),
			runs
		);
	});

	it('storage that cannot even be reached: the same', () => {
		vi.unstubAllGlobals();
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('Access is denied for this document.', 'SecurityError');
			}
		});
		try {
			fc.assert(
				fc.property(change, now, (made, time) => {
					expect(apply(made, time)).toBe(false);
					expectApplied(made, getPosition(made.slug), time);
					clearPosition(made.slug);
					expect(getPosition(made.slug)).toBeUndefined();
				}),
				runs
			);
		} finally {
			delete (globalThis as { localStorage?: Storage }).localStorage;
		}
	});

	it('storage that fails at random: nothing throws, and a save that says it worked is stored', () => {
		fc.assert(
			fc.property(
				storedText,
				fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
				fc.array(change, { minLength: 1, maxLength: 4 }),
				now,
				(text, failures, made, time) => {
					memory.setItem(key, text);
					let call = 0;
					const fails = () => {
						if (failures[call++ % failures.length]) throw new Error('QuotaExceededError');
					};
					const flaky = {
						getItem: (name: string) => (fails(), memory.getItem(name)),
						setItem: (name: string, value: string) => (fails(), memory.setItem(name, value)),
						removeItem: (name: string) => (fails(), memory.removeItem(name))
					};
					for (const one of made) {
						vi.stubGlobal('localStorage', flaky);
						const saved = apply(one, time);
						expectValid(readPositions());
						if (!saved) continue;
						// Read what was really stored, past the flaky calls.
						vi.stubGlobal('localStorage', memory);
						expectApplied(one, getPosition(one.slug), time);
					}
				}
			),
			runs
		);
	}, 60_000);

	it('nothing reached Object.prototype', () => {
		expect(Object.keys(Object.prototype)).toEqual([]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
