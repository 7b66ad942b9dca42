import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour } from './contrast';

describe('contrastRatio', () => {
	it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#777777')).toBe(1);
	});

	it('matches a known WCAG value and is symmetric', () => {
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
	});

	it('reads computed rgb() colours', () => {
		expect(parseColour('rgb(28, 27, 25)')).toEqual([28, 27, 25]);
		expect(parseColour('#ff0')).toEqual([255, 255, 0]);
		expect(parseColour('rgba(0, 0, 0, 0.5)')).toEqual([0, 0, 0]);
		expect(contrastRatio('rgb(0, 0, 0)', 'white')).toBeNaN();
	});
});
