import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../../tests/doubles/memory-storage';
import { onOtherTabChange, readEntry, readText, removeKey, writeText } from './storage';

afterEach(() => vi.unstubAllGlobals());

describe('storage', () => {
	it('round-trips text, and tells missing from unreadable', () => {
		vi.stubGlobal('localStorage', new MemoryStorage());
		expect(readEntry('k')).toEqual({ text: undefined });
		expect(writeText('k', '{"a":[1,"two"]}')).toBe(true);
		expect(readText('k')).toBe('{"a":[1,"two"]}');
		removeKey('k');
		expect(readText('k')).toBeUndefined();
		vi.stubGlobal('localStorage', undefined);
		expect(readEntry('k')).toBeUndefined();
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
		expect(readEntry('k')).toBeUndefined();
		expect(readText('k')).toBeUndefined();
		expect(writeText('k', '1')).toBe(false);
		expect(() => removeKey('k')).not.toThrow();
	});

	it('survives a localStorage getter that throws (storage disabled)', () => {
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('disabled', 'SecurityError');
			}
		});
		expect(readEntry('k')).toBeUndefined();
		expect(writeText('k', '1')).toBe(false);
		delete (globalThis as { localStorage?: unknown }).localStorage;
	});

	it('reports changes from other tabs to the key, or all keys cleared, until stopped', () => {
		const target = new EventTarget();
		vi.stubGlobal('window', target);
		const seen: (string | null)[] = [];
		const stop = onOtherTabChange('k', () => seen.push(change.last));
		const change = Object.assign(
			(key: string | null) => {
				change.last = key;
				target.dispatchEvent(Object.assign(new Event('storage'), { key }));
			},
			{ last: null as string | null }
		);
		change('k');
		change('other');
		change(null);
		stop();
		change('k');
		expect(seen).toEqual(['k', null]);
	});
});
