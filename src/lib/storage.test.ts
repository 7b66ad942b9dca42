import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../tests/doubles/memory-storage';
import { onOtherTabChange, readJson, removeKey, writeJson } from './storage';

afterEach(() => vi.unstubAllGlobals());

describe('storage', () => {
	it('round-trips JSON', () => {
		vi.stubGlobal('localStorage', new MemoryStorage());
		expect(writeJson('k', { a: [1, 'two'] })).toBe(true);
		expect(readJson('k')).toEqual({ a: [1, 'two'] });
		removeKey('k');
		expect(readJson('k')).toBeUndefined();
	});

	it('reads garbage as undefined', () => {
		const memory = new MemoryStorage();
		memory.setItem('k', '{not json');
		vi.stubGlobal('localStorage', memory);
		expect(readJson('k')).toBeUndefined();
	});

	it('survives storage that throws on every call', () => {
		const throwing = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		vi.stubGlobal('localStorage', throwing);
		expect(readJson('k')).toBeUndefined();
		expect(writeJson('k', 1)).toBe(false);
		expect(() => removeKey('k')).not.toThrow();
	});

	it('survives a localStorage getter that throws (storage disabled)', () => {
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('disabled', 'SecurityError');
			}
		});
		expect(readJson('k')).toBeUndefined();
		expect(writeJson('k', 1)).toBe(false);
		delete (globalThis as { localStorage?: unknown }).localStorage;
	});

	it('reports changes from other tabs, parsed', () => {
		const target = new EventTarget();
		vi.stubGlobal('window', target);
		const seen: unknown[] = [];
		const stop = onOtherTabChange('k', (value) => seen.push(value));
		const change = (key: string | null, newValue: string | null) =>
			target.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
		change('k', '{"a":1}');
		change('other', '2');
		change('k', 'garbage{');
		change(null, null);
		stop();
		change('k', '3');
		expect(seen).toEqual([{ a: 1 }, undefined, undefined]);
	});
});
