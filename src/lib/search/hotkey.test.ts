import { describe, expect, it } from 'vitest';
import { isSearchHotkey } from './hotkey';

/** A keydown as the handler sees it, with a target that matches `typing` for fields. */
function key(init: Partial<KeyboardEvent> & { inField?: boolean }) {
	const target = { closest: () => (init.inField ? {} : null) };
	return { key: '/', ctrlKey: false, metaKey: false, altKey: false, ...init, target } as never;
}

describe('isSearchHotkey', () => {
	it('is "/" outside a field', () => {
		expect(isSearchHotkey(key({}))).toBe(true);
	});
	it('is not "/" typed in a field', () => {
		expect(isSearchHotkey(key({ inField: true }))).toBe(false);
	});
	it('is not another key, or "/" with a modifier', () => {
		expect(isSearchHotkey(key({ key: '?' }))).toBe(false);
		expect(isSearchHotkey(key({ ctrlKey: true }))).toBe(false);
		expect(isSearchHotkey(key({ metaKey: true }))).toBe(false);
		expect(isSearchHotkey(key({ altKey: true }))).toBe(false);
	});
	it('leaves a key already handled, or one being composed, alone', () => {
		expect(isSearchHotkey(key({ defaultPrevented: true }))).toBe(false);
		expect(isSearchHotkey(key({ isComposing: true }))).toBe(false);
	});
});
