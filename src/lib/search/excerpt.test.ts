import { describe, expect, it } from 'vitest';
import { excerptParts } from './excerpt';

describe('excerptParts', () => {
	it('splits an excerpt into marked and plain text', () => {
		expect(excerptParts('talks in <mark>Florida</mark> after <mark>Moscow</mark>.')).toEqual([
			{ text: 'talks in ', marked: false },
			{ text: 'Florida', marked: true },
			{ text: ' after ', marked: false },
			{ text: 'Moscow', marked: true },
			{ text: '.', marked: false }
		]);
	});

	it('gives escaped markup back as text, never as tags', () => {
		const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; and <mark>&lt;b&gt;</mark>');
		expect(parts).toEqual([
			{ text: '<img src=x onerror=alert(1)> and ', marked: false },
			{ text: '<b>', marked: true }
		]);
	});

	it('decodes an entity once: &amp;lt; stays the text "&lt;"', () => {
		expect(excerptParts('a &amp;lt; b')).toEqual([{ text: 'a &lt; b', marked: false }]);
	});

	it('drops any other tag and keeps right-to-left text and emoji whole', () => {
		expect(excerptParts('<b>שלום</b> <mark>📚</mark>')).toEqual([
			{ text: 'שלום ', marked: false },
			{ text: '📚', marked: true }
		]);
	});
});
