import { describe, expect, it } from 'vitest';
import { nextUnread, type Onward } from './onward';
import type { Position } from '$lib/progress/positions';

const article = (slug: string): Onward => ({ slug, title: `Title ${slug}`, lang: 'en' });
const candidates = ['b', 'c', 'd'].map(article);
const read: Position = { sentenceId: 'b1-1', offset: 0, progress: 1, updatedAt: 1, readAt: 2 };
const inProgress: Position = { sentenceId: 'b2-1', offset: 0, progress: 0.4, updatedAt: 1 };

describe('nextUnread', () => {
	it('is the next article when nothing is read', () => {
		expect(nextUnread(candidates, {})?.slug).toBe('b');
	});

	it('skips the read ones, but not those in progress', () => {
		expect(nextUnread(candidates, { b: read })?.slug).toBe('c');
		expect(nextUnread(candidates, { b: read, c: inProgress })?.slug).toBe('c');
		expect(nextUnread(candidates, { b: read, c: read })?.slug).toBe('d');
	});

	it('is still the next one when every candidate is read', () => {
		expect(nextUnread(candidates, { b: read, c: read, d: read })?.slug).toBe('b');
	});

	it('is nothing after the last article', () => {
		expect(nextUnread([], { b: read })).toBeUndefined();
	});

	it('reads only the positions’ own entries', () => {
		const positions = Object.create({ b: read }) as Record<string, Position>;
		expect(nextUnread(candidates, positions)?.slug).toBe('b');
	});
});
