import { describe, expect, it } from 'vitest';
import { firstBelow, movedFrom, offsetWithin, placeToRestore, progressAt } from './place';

describe('reading place', () => {
	const bottoms = [10, 30, 30, 60, 100];
	const bottomOf = (index: number) => bottoms[index];

	it('finds the first sentence crossing the top of the viewport', () => {
		expect(firstBelow(bottoms.length, bottomOf, 0)).toBe(0);
		expect(firstBelow(bottoms.length, bottomOf, 10)).toBe(1);
		expect(firstBelow(bottoms.length, bottomOf, 45)).toBe(3);
		expect(firstBelow(bottoms.length, bottomOf, 100)).toBe(5);
		expect(firstBelow(0, bottomOf, 0)).toBe(0);
	});

	it('measures the offset within a sentence as a fraction of its height', () => {
		expect(offsetWithin(100, 40, 110)).toBe(0.25);
		expect(offsetWithin(100, 40, 90)).toBe(0);
		expect(offsetWithin(100, 40, 200)).toBe(1);
		expect(offsetWithin(100, 0, 100)).toBe(0);
	});

	it('turns a sentence and offset into progress through the article', () => {
		expect(progressAt(0, 0, 11)).toBe(0);
		expect(progressAt(5, 0, 11)).toBe(0.5);
		expect(progressAt(10, 1, 11)).toBe(1);
		expect(progressAt(0, 0.5, 1)).toBe(0);
	});

	it('falls back to the paragraph, then an earlier one, then the start', () => {
		const ids = new Set(['b1', 'b1-1', 'b3', 'b3-1']);
		const exists = (id: string) => ids.has(id);
		expect(placeToRestore('b3-1', exists)).toBe('b3-1');
		expect(placeToRestore('b3-9', exists)).toBe('b3');
		expect(placeToRestore('b2-1', exists)).toBe('b1');
		expect(placeToRestore('b7-2', exists)).toBe('b3');
		expect(placeToRestore('b0-9', exists)).toBeUndefined();
		expect(placeToRestore('nonsense', exists)).toBeUndefined();
	});
});

describe('movedFrom', () => {
	it('is true when the reader is at another sentence, or further down the same one', () => {
		const stored = { sentenceId: 'b3-2', offset: 0.25 };
		expect(movedFrom({ sentenceId: 'b5-1', offset: 0 }, stored, 'b0-1')).toBe(true);
		expect(movedFrom({ sentenceId: 'b3-2', offset: 0.6 }, stored, 'b0-1')).toBe(true);
		expect(movedFrom({ sentenceId: 'b3-2', offset: 0.255 }, stored, 'b0-1')).toBe(false);
	});

	it('with nothing stored, counts from the start: only a place past it is a move', () => {
		expect(movedFrom({ sentenceId: 'b0-1', offset: 0 }, undefined, 'b0-1')).toBe(false);
		expect(movedFrom({ sentenceId: 'b4-1', offset: 0.5 }, undefined, 'b0-1')).toBe(true);
	});
});
