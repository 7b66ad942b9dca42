import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Persisted } from '$lib/persisted.svelte';
import { MemoryStorage } from '../../../tests/doubles/memory-storage';
import {
	clearPosition,
	dropMissing,
	getPosition,
	latestInProgress,
	markRead,
	positionsFormat,
	readPositions,
	savePosition,
	storedPositions,
	updatePosition
} from './positions';

let memory: MemoryStorage;
beforeEach(() => {
	memory = new MemoryStorage();
	vi.stubGlobal('localStorage', memory);
	// A new page's view: nothing kept in memory from the test before.
	storedPositions().reload();
});
afterEach(() => vi.unstubAllGlobals());

describe('positions', () => {
	it('saves and reads one position per article', () => {
		expect(savePosition('a', 'b3-2', 10)).toBe(true);
		savePosition('b', 'b0-1', 20);
		savePosition('a', 'b4-1', 30);
		expect(getPosition('a')).toEqual({ sentenceId: 'b4-1', offset: 0, progress: 0, updatedAt: 30 });
		expect(getPosition('b')).toEqual({ sentenceId: 'b0-1', offset: 0, progress: 0, updatedAt: 20 });
		expect(getPosition('c')).toBeUndefined();
	});

	it('stores a versioned value', () => {
		savePosition('a', 'b1-1', 1);
		expect(JSON.parse(memory.getItem('folio.positions') ?? '')).toEqual({
			v: 2,
			data: { a: { sentenceId: 'b1-1', offset: 0, progress: 0, updatedAt: 1 } }
		});
	});

	it('refuses ids that are not sentence ids', () => {
		expect(savePosition('a', 'b3', 1)).toBe(false);
		expect(getPosition('a')).toBeUndefined();
	});

	it('reads garbage, other versions and invalid entries as nothing', () => {
		for (const text of [
			'garbage{',
			'42',
			'null',
			'{"v":3,"positions":{}}',
			'{"v":3,"data":{}}',
			'{"v":2}'
		]) {
			memory.setItem('folio.positions', text);
			expect(readPositions()).toEqual({});
		}
		memory.setItem(
			'folio.positions',
			JSON.stringify({
				v: 1,
				positions: {
					good: { sentenceId: 'b2-1', updatedAt: 5 },
					bad: { sentenceId: '<script>', updatedAt: 5 },
					worse: 'b2-1',
					noTime: { sentenceId: 'b2-1' }
				}
			})
		);
		expect(readPositions()).toEqual({
			good: { sentenceId: 'b2-1', offset: 0, progress: 0, updatedAt: 5 },
			noTime: { sentenceId: 'b2-1', offset: 0, progress: 0, updatedAt: 0 }
		});
		expect(getPosition('toString')).toBeUndefined();
	});

	it('forgets a finished article', () => {
		savePosition('a', 'b1-1', 1);
		savePosition('b', 'b1-1', 1);
		clearPosition('a');
		expect(getPosition('a')).toBeUndefined();
		expect(getPosition('b')).toBeDefined();
	});

	it('keeps working when storage is unavailable: the place is kept for this visit only', () => {
		vi.stubGlobal('localStorage', undefined);
		expect(savePosition('a', 'b1-1')).toBe(false);
		expect(getPosition('a')?.sentenceId).toBe('b1-1');
	});

	it('migrates version 1 records, keeping their sentence', () => {
		memory.setItem(
			'folio.positions',
			JSON.stringify({ v: 1, positions: { a: { sentenceId: 'b3-2', updatedAt: 7 } } })
		);
		expect(getPosition('a')).toEqual({ sentenceId: 'b3-2', offset: 0, progress: 0, updatedAt: 7 });
		savePosition('b', 'b1-1', 8);
		expect(JSON.parse(memory.getItem('folio.positions') ?? '').v).toBe(2);
		expect(getPosition('a')?.sentenceId).toBe('b3-2');
	});

	it('validates each field on its own: bad ones fall back, the rest is kept', () => {
		memory.setItem(
			'folio.positions',
			JSON.stringify({
				v: 2,
				positions: {
					a: {
						sentenceId: 'b3-2',
						offset: 7,
						progress: -1,
						title: 42,
						readingMinutes: 'ten',
						readAt: null,
						updatedAt: 'yesterday'
					},
					b: {
						sentenceId: 'b1-1',
						offset: 0.25,
						progress: 0.5,
						title: 'A title',
						readingMinutes: 4,
						readAt: 9,
						updatedAt: 9
					}
				}
			})
		);
		expect(readPositions()).toEqual({
			a: { sentenceId: 'b3-2', offset: 0, progress: 0, updatedAt: 0 },
			b: {
				sentenceId: 'b1-1',
				offset: 0.25,
				progress: 0.5,
				title: 'A title',
				readingMinutes: 4,
				readAt: 9,
				updatedAt: 9
			}
		});
	});

	it('merges reading and listening into one record', () => {
		updatePosition('a', { sentenceId: 'b2-1', offset: 0.4, progress: 0.3, title: 'T' }, 1);
		savePosition('a', 'b5-1', 2);
		expect(getPosition('a')).toEqual({
			sentenceId: 'b5-1',
			offset: 0,
			progress: 0.3,
			title: 'T',
			updatedAt: 2
		});
	});

	it('marks read and unread; unread starts over but keeps the title', () => {
		updatePosition('a', { sentenceId: 'b9-1', progress: 0.9, title: 'T', readingMinutes: 3 }, 1);
		markRead('a', true, 2);
		expect(getPosition('a')).toMatchObject({ readAt: 2, progress: 1, sentenceId: 'b9-1' });
		markRead('a', false, 3);
		expect(getPosition('a')).toEqual({
			sentenceId: 'b0-1',
			offset: 0,
			progress: 0,
			title: 'T',
			readingMinutes: 3,
			updatedAt: 3
		});
	});

	it('finds the article most recently left part-way', () => {
		updatePosition('old', { progress: 0.5, title: 'Old' }, 1);
		updatePosition('new', { progress: 0.2, title: 'New' }, 2);
		updatePosition('read', { progress: 0.5, title: 'Read', readAt: 3 }, 3);
		updatePosition('start', { progress: 0, title: 'Start' }, 4);
		expect(latestInProgress(readPositions())?.[0]).toBe('new');
		expect(latestInProgress({})).toBeUndefined();
	});

	it('drops positions of articles no longer in the library', () => {
		savePosition('kept', 'b1-1', 1);
		savePosition('gone', 'b1-1', 2);
		dropMissing(new Set(['kept', 'other']));
		expect(Object.keys(readPositions())).toEqual(['kept']);
	});

	it('evicts the oldest when storage is full, never the current article', () => {
		savePosition('current', 'b1-1', 1);
		savePosition('older', 'b1-1', 2);
		savePosition('newer', 'b1-1', 3);
		// Storage now takes at most two entries.
		const setItem = memory.setItem.bind(memory);
		memory.setItem = (k: string, value: string) => {
			if (Object.keys(JSON.parse(value).data).length > 2) throw new Error('QuotaExceeded');
			setItem(k, value);
		};
		expect(savePosition('current', 'b2-1', 4)).toBe(true);
		expect(Object.keys(readPositions()).sort()).toEqual(['current', 'newer']);
		expect(getPosition('current')?.sentenceId).toBe('b2-1');
		memory.setItem = () => {
			throw new Error('QuotaExceeded');
		};
		expect(savePosition('current', 'b3-1', 5)).toBe(false);
		// Kept for this visit, every position with it; storage holds what it last took.
		expect(getPosition('current')?.sentenceId).toBe('b3-1');
		expect(Object.keys(readPositions()).sort()).toEqual(['current', 'newer']);
		expect(new Persisted(positionsFormat).current.current?.sentenceId).toBe('b2-1');
	});

	it('keeps at most 500 positions, the newest', () => {
		for (let i = 0; i < 505; i++) savePosition(`a${i}`, 'b1-1', i);
		const slugs = Object.keys(readPositions());
		expect(slugs).toHaveLength(500);
		expect(slugs).not.toContain('a4');
		expect(slugs).toContain('a504');
	});
});
