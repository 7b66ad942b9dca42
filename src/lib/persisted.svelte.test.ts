import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../tests/doubles/memory-storage';
import { Persisted, type StoredFormat } from './persisted.svelte';

/** A small format: a count, stored as `{ v: 1, data: n }`; anything else reads as 0. */
const read = vi.fn((stored: unknown) => {
	const { v, data } = (stored ?? {}) as { v?: unknown; data?: unknown };
	return v === 1 && typeof data === 'number' ? data : 0;
});
const format: StoredFormat<number> = {
	key: 'folio.count',
	read,
	write: (n) => ({ v: 1, data: n })
};

let storage: MemoryStorage;
let window: EventTarget;
/** What a browser does when another tab writes: storage holds it, then the event arrives. */
function otherTabWrites(text: string | null) {
	if (text === null) storage.removeItem(format.key);
	else storage.setItem(format.key, text);
	window.dispatchEvent(Object.assign(new Event('storage'), { key: format.key, newValue: text }));
}

beforeEach(() => {
	storage = new MemoryStorage();
	vi.stubGlobal('localStorage', storage);
	window = new EventTarget();
	vi.stubGlobal('window', window);
	read.mockClear();
});
afterEach(() => vi.unstubAllGlobals());

describe('Persisted', () => {
	it('reads what is stored, validated, and parses the same text only once', () => {
		storage.setItem(format.key, '{"v":1,"data":7}');
		const count = new Persisted(format);
		expect([count.current, count.current, count.current]).toEqual([7, 7, 7]);
		expect(read).toHaveBeenCalledTimes(1);
	});

	it('reads garbage, another version or nothing as the format says (here 0)', () => {
		for (const text of ['{"v":1,"data":"7"}', '{"v":2,"data":7}', 'not json', '[', '']) {
			storage.setItem(format.key, text);
			expect(new Persisted(format).current, text).toBe(0);
		}
		storage.removeItem(format.key);
		expect(new Persisted(format).current).toBe(0);
	});

	it('writes each change in the envelope, and reads it back', () => {
		const count = new Persisted(format);
		expect(count.save(3)).toBe(true);
		expect(storage.getItem(format.key)).toBe('{"v":1,"data":3}');
		count.current = 4;
		expect(JSON.parse(storage.getItem(format.key)!)).toEqual({ v: 1, data: 4 });
		expect(new Persisted(format).current).toBe(4);
		expect(count.saved).toBe(true);
	});

	it('update changes what storage holds now, not an older copy', () => {
		const count = new Persisted(format);
		count.save(1);
		storage.setItem(format.key, '{"v":1,"data":10}'); // another tab, its event not yet here
		count.update((n) => n + 1);
		expect(storage.getItem(format.key)).toBe('{"v":1,"data":11}');
	});

	it('keeps a value storage refused for the visit, says so, and leaves storage as it was', () => {
		storage.setItem(format.key, '{"v":1,"data":2}');
		const count = new Persisted(format);
		vi.spyOn(storage, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		expect(count.save(5)).toBe(false);
		expect(count.saved).toBe(false);
		expect(count.current).toBe(5);
		expect(storage.getItem(format.key)).toBe('{"v":1,"data":2}');
	});

	it('works in memory when storage cannot be reached at all', () => {
		vi.stubGlobal('localStorage', {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		});
		const count = new Persisted(format);
		expect(count.current).toBe(0);
		expect(count.save(9)).toBe(false);
		expect(count.current).toBe(9);
	});

	it('follows another tab: its listeners hear the new value, and a cleared key is the default', () => {
		const count = new Persisted(format);
		count.save(1);
		const heard: number[] = [];
		count.onOtherTab((n) => heard.push(n));
		otherTabWrites('{"v":1,"data":8}');
		otherTabWrites(null);
		expect(heard).toEqual([8, 0]);
		expect(count.current).toBe(0);
	});

	it('keeps what it had when storage turns unreadable, and reload forgets what storage refused', () => {
		storage.setItem(format.key, '{"v":1,"data":3}');
		const count = new Persisted(format);
		expect(count.current).toBe(3);
		vi.spyOn(storage, 'getItem').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		expect(count.current).toBe(3);
		vi.mocked(storage.getItem).mockRestore();
		vi.spyOn(storage, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		count.save(4);
		expect(count.current).toBe(4);
		count.reload();
		expect([count.current, count.saved]).toEqual([3, true]);
	});
});
