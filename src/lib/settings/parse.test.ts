import { describe, expect, it } from 'vitest';
import { openEnvelope } from '../envelope.js';
import { parseSettings } from './parse.js';
import { fields, schema, version, type Schema } from './schema.js';

const defaults = Object.fromEntries(Object.entries(fields).map(([key, f]) => [key, f.default]));
const stored = (settings: unknown, v: unknown = version) => ({ v, data: settings });
const parse = (value: unknown) => parseSettings(openEnvelope(value, 'settings'), schema);

describe('parseSettings', () => {
	it('gives every default for nothing stored', () => {
		expect(parse(undefined)).toEqual(defaults);
	});

	for (const garbage of [null, 42, 'text', [], [1, 2], true, { version: 'one' }, { settings: 5 }]) {
		it(`gives every default for garbage: ${JSON.stringify(garbage)}`, () => {
			expect(parse(garbage)).toEqual(defaults);
		});
	}

	for (const [key, field] of Object.entries(fields)) {
		if (field.kind === 'range') {
			describe(`${key} (${field.min} to ${field.max} by ${field.step})`, () => {
				it('keeps both bounds', () => {
					expect(parse(stored({ [key]: field.min }))[key]).toBe(field.min);
					expect(parse(stored({ [key]: field.max }))[key]).toBe(field.max);
				});
				it('falls back below and above the bounds', () => {
					expect(parse(stored({ [key]: field.min - field.step }))[key]).toBe(field.default);
					expect(parse(stored({ [key]: field.max + field.step }))[key]).toBe(field.default);
				});
				it('snaps a value between steps to the nearest step', () => {
					const value = field.min + field.step * 1.2;
					expect(parse(stored({ [key]: value }))[key]).toBeCloseTo(field.min + field.step, 9);
				});
				it('falls back for wrong types and non-finite numbers', () => {
					for (const bad of [String(field.max), null, NaN, Infinity, -Infinity, [field.min], {}]) {
						expect(parse(stored({ [key]: bad }))[key]).toBe(field.default);
					}
				});
			});
		} else if (field.kind === 'choice') {
			describe(`${key} (${field.options.join(', ')})`, () => {
				it('keeps every option', () => {
					for (const option of field.options) {
						expect(parse(stored({ [key]: option }))[key]).toBe(option);
					}
				});
				it('falls back for unknown options and wrong types', () => {
					for (const bad of ['nope', field.options[0].toUpperCase(), 1, null, ['a'], '']) {
						expect(parse(stored({ [key]: bad }))[key]).toBe(field.default);
					}
				});
			});
		} else {
			describe(`${key} (#rrggbb)`, () => {
				it('keeps a colour, in lower case', () => {
					expect(parse(stored({ [key]: '#A0b1C2' }))[key]).toBe('#a0b1c2');
				});
				it('falls back for anything else', () => {
					for (const bad of ['red', '#abc', '#12345g', 'rgb(0,0,0)', 0x123456, null, '']) {
						expect(parse(stored({ [key]: bad }))[key]).toBe(field.default);
					}
				});
			});
		}
	}

	it('keeps the good fields when others are bad', () => {
		const value = parse(
			stored({ font: 'lexend', fontSize: 'huge', theme: 'sepia', lineHeight: 9 })
		);
		expect(value).toEqual({ ...defaults, font: 'lexend', theme: 'sepia' });
	});

	it('ignores unknown and inherited keys', () => {
		const settings = JSON.parse('{"__proto__": {"font": "mono"}, "extra": 1, "theme": "dark"}');
		expect(parse(stored(settings))).toEqual({ ...defaults, theme: 'dark' });
	});

	it('drops everything from before versioning (no or bad version)', () => {
		expect(parse({ settings: { theme: 'dark' } })).toEqual(defaults);
		expect(parse(stored({ theme: 'dark' }, '1'))).toEqual(defaults);
	});

	it('drops only the fields whose meaning changed after the stored version', () => {
		const next: Schema = {
			version: 2,
			fields: { ...fields, measure: { ...fields.measure, since: 2 } }
		};
		const old = { v: 1, data: { measure: 80, theme: 'black', fontSize: 30 } };
		expect(parseSettings(old, next)).toEqual({ ...defaults, theme: 'black', fontSize: 30 });
		expect(parseSettings({ v: 2, data: { measure: 80 } }, next).measure).toBe(80);
	});

	it('reads settings stored before the envelope, { version, settings }', () => {
		expect(parse({ version, settings: { theme: 'dark' } })).toEqual({ ...defaults, theme: 'dark' });
	});
});
