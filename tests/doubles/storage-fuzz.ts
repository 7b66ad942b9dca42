import fc from 'fast-check';

/*
 * fast-check arbitraries for what a device's localStorage may hold under one of Folio's keys
 * (an older Folio, another app on the same origin, a hand-edited value, an attack). Shared by
 * the property tests of the settings, positions and listening keys; test support only.
 */

/** Property names that reach into prototypes. */
export const prototypeKeys = [
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'valueOf',
	'hasOwnProperty'
];

/** Any value at all, plus the numbers and texts validators most often get wrong, and `extra`. */
export function nastyValues(...extra: unknown[]): fc.Arbitrary<unknown> {
	return fc.oneof(
		fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: false }),
		fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, '', ' ', ...extra),
		fc.double(),
		fc.string({ unit: 'binary' })
	);
}

/** `value` as JSON text; '{}' when it cannot be written, as storage would then hold nothing. */
export function jsonText(value: unknown): string {
	try {
		return JSON.stringify(value) ?? 'undefined';
	} catch {
		return '{}';
	}
}

/**
 * What storage may hold as text, given `envelope`, values of the key's own shape (right and
 * wrong): their JSON, whole or cut short anywhere, any JSON cut short, any text, huge text,
 * nesting 100,000 deep, and `extra` texts (pollution shapes, which JSON.stringify cannot make).
 */
export function storedTexts(
	envelope: fc.Arbitrary<unknown>,
	...extra: fc.Arbitrary<string>[]
): fc.Arbitrary<string> {
	return fc.oneof(
		envelope.map(jsonText),
		envelope.map(jsonText).chain((text) => fc.nat(text.length).map((end) => text.slice(0, end))),
		fc.json().map((text) => text.slice(0, text.length - 1)),
		fc.string({ unit: 'binary', maxLength: 2000 }),
		// Huge values and deep nesting, made by repetition: generating them at random is slow.
		fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((text) => text.repeat(1000)),
		fc.integer({ min: 1, max: 100_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
		...extra
	);
}
