import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openEnvelope } from './envelope.js';

describe('openEnvelope', () => {
	it('opens { v, data }', () => {
		expect(openEnvelope({ v: 2, data: { a: 1 } })).toEqual({ v: 2, data: { a: 1 } });
		expect(openEnvelope({ v: 0, data: null }, 'positions')).toEqual({ v: 0, data: null });
	});

	it('reads the formats written before the envelope', () => {
		expect(openEnvelope({ version: 3, settings: { theme: 'dark' } }, 'settings')).toEqual({
			v: 3,
			data: { theme: 'dark' }
		});
		expect(openEnvelope({ v: 2, positions: { a: {} } }, 'positions')).toEqual({
			v: 2,
			data: { a: {} }
		});
	});

	it('holds nothing without a whole, non-negative version, or without its data', () => {
		for (const stored of [
			undefined,
			null,
			5,
			'x',
			[],
			[{ v: 1, data: 1 }],
			{ data: {} },
			{ v: '1', data: {} },
			{ v: 1.5, data: {} },
			{ v: -1, data: {} },
			{ v: Number.NaN, data: {} },
			{ v: 1 },
			{ v: 1, settings: {} }
		])
			expect(openEnvelope(stored, 'positions'), JSON.stringify(stored)).toBeUndefined();
	});

	it('takes nothing from the prototype', () => {
		const inherited = Object.create({ v: 1, data: { a: 1 } });
		expect(openEnvelope(inherited)).toBeUndefined();
		const parsed = JSON.parse('{"v":1,"__proto__":{"data":5}}');
		expect(openEnvelope(parsed)).toBeUndefined();
	});

	it('never throws, whatever storage held', () => {
		fc.assert(
			fc.property(
				fc.jsonValue(),
				fc.constantFrom<string | undefined>('settings', undefined),
				(value, legacy) => {
					const opened = openEnvelope(value, legacy);
					expect(opened === undefined || Number.isInteger(opened.v)).toBe(true);
				}
			)
		);
	});
});
