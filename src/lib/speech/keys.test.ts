import { describe, expect, it } from 'vitest';
import { keyAction, type KeyLike } from './keys';

const press = (key: string, extra: Partial<KeyLike> = {}): KeyLike => ({
	key,
	ctrlKey: false,
	altKey: false,
	metaKey: false,
	target: { tagName: 'BODY' },
	...extra
});

describe('listening keys', () => {
	it('maps letters and brackets to actions', () => {
		expect(['k', 'j', 'l', 'J', 'L', '[', ']', '?'].map((k) => keyAction(press(k)))).toEqual([
			'toggle',
			'previousSentence',
			'nextSentence',
			'previousParagraph',
			'nextParagraph',
			'previousParagraph',
			'nextParagraph',
			'help'
		]);
	});

	it('leaves scrolling keys, modified keys and typing alone', () => {
		expect(keyAction(press(' '))).toBeUndefined();
		expect(keyAction(press('ArrowDown'))).toBeUndefined();
		expect(keyAction(press('k', { ctrlKey: true }))).toBeUndefined();
		expect(keyAction(press('l', { metaKey: true }))).toBeUndefined();
		expect(keyAction(press('j', { altKey: true }))).toBeUndefined();
		expect(keyAction(press('k', { target: { tagName: 'INPUT' } }))).toBeUndefined();
		expect(keyAction(press('k', { target: { tagName: 'TEXTAREA' } }))).toBeUndefined();
		expect(keyAction(press('k', { target: { tagName: 'SELECT' } }))).toBeUndefined();
		expect(keyAction(press('k', { target: { isContentEditable: true } }))).toBeUndefined();
		expect(keyAction(press('k', { isComposing: true }))).toBeUndefined();
		expect(keyAction(press('toString'))).toBeUndefined();
	});
});
