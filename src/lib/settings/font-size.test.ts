import { describe, expect, it } from 'vitest';
import { stepFontSize } from './font-size';
import { sizeShortcut } from './size-shortcut';

const key = (init: KeyboardEventInit) => init as KeyboardEvent;

describe('stepFontSize', () => {
	it('moves by steps of 2 px within 12 to 40', () => {
		expect(stepFontSize(20, 1)).toBe(22);
		expect(stepFontSize(20, -1)).toBe(18);
		expect(stepFontSize(40, 1)).toBe(40);
		expect(stepFontSize(12, -1)).toBe(12);
	});

	it('snaps a size off the grid first', () => {
		expect(stepFontSize(21, 1)).toBe(24);
		expect(stepFontSize(16.5, 0)).toBe(16);
	});
});

describe('sizeShortcut', () => {
	it('reads Ctrl or Cmd with plus, minus and zero', () => {
		expect(sizeShortcut(key({ ctrlKey: true, key: '+' }))).toBe(1);
		expect(sizeShortcut(key({ metaKey: true, key: '=' }))).toBe(1);
		expect(sizeShortcut(key({ ctrlKey: true, key: '-' }))).toBe(-1);
		expect(sizeShortcut(key({ metaKey: true, key: '0' }))).toBe(0);
	});

	it('ignores other keys and chords', () => {
		expect(sizeShortcut(key({ key: '+' }))).toBeUndefined();
		expect(sizeShortcut(key({ ctrlKey: true, altKey: true, key: '+' }))).toBeUndefined();
		expect(sizeShortcut(key({ ctrlKey: true, key: 'p' }))).toBeUndefined();
	});
});
