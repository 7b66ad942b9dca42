import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearPosition, getPosition, readPositions, savePosition } from './positions';

class MemoryStorage {
	items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

let memory: MemoryStorage;
beforeEach(() => {
	memory = new MemoryStorage();
	vi.stubGlobal('localStorage', memory);
});
afterEach(() => vi.unstubAllGlobals());

describe('positions', () => {
	it('saves and reads one position per article', () => {
		expect(savePosition('a', 'b3-2', 10)).toBe(true);
		savePosition('b', 'b0-1', 20);
		savePosition('a', 'b4-1', 30);
		expect(getPosition('a')).toEqual({ sentenceId: 'b4-1', updatedAt: 30 });
		expect(getPosition('b')).toEqual({ sentenceId: 'b0-1', updatedAt: 20 });
		expect(getPosition('c')).toBeUndefined();
	});

	it('stores a versioned value', () => {
		savePosition('a', 'b1-1', 1);
		expect(JSON.parse(memory.getItem('folio.positions') ?? '')).toEqual({
			v: 1,
			positions: { a: { sentenceId: 'b1-1', updatedAt: 1 } }
		});
	});

	it('refuses ids that are not sentence ids', () => {
		expect(savePosition('a', 'b3', 1)).toBe(false);
		expect(getPosition('a')).toBeUndefined();
	});

	it('reads garbage, other versions and invalid entries as nothing', () => {
		for (const text of ['garbage{', '42', 'null', '{"v":2,"positions":{}}', '{"v":1}']) {
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
		expect(readPositions()).toEqual({ good: { sentenceId: 'b2-1', updatedAt: 5 } });
		expect(getPosition('toString')).toBeUndefined();
	});

	it('forgets a finished article', () => {
		savePosition('a', 'b1-1', 1);
		savePosition('b', 'b1-1', 1);
		clearPosition('a');
		expect(getPosition('a')).toBeUndefined();
		expect(getPosition('b')).toBeDefined();
	});

	it('keeps working when storage is unavailable', () => {
		vi.stubGlobal('localStorage', undefined);
		expect(savePosition('a', 'b1-1')).toBe(false);
		expect(getPosition('a')).toBeUndefined();
	});
});
