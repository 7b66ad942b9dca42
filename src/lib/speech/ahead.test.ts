import { describe, expect, it } from 'vitest';
import { aheadMs, handOverUntil, maxAhead, type Window } from './ahead';
import type { QueueItem } from './queue';

/** `count` sentences of `words` words (at 1x, 150 words a minute: 400 ms a word). */
const sentences = (count: number, words: number): QueueItem[] =>
	Array.from({ length: count }, (_, i) => ({ id: `b${i}-1`, text: '', blockId: `b${i}`, words }));

const window = (change: Partial<Window>): Window => ({
	queue: sentences(1000, 10),
	index: 0,
	next: 0,
	startedAt: 0,
	now: 0,
	rate: 1,
	sleepAt: undefined,
	queues: true,
	...change
});

describe('how far ahead to hand over', () => {
	it('one at a time where the synthesizer does not queue', () => {
		expect(handOverUntil(window({ queues: false }))).toBe(1);
		expect(handOverUntil(window({ queues: false, next: 1 }))).toBe(1);
	});

	it('the sentences that start within the window: 4 s each, 60 in four minutes', () => {
		expect(aheadMs).toBe(240_000);
		expect(handOverUntil(window({}))).toBe(60);
		// A minute later, 15 sentences on, with 60 handed over: 15 more.
		expect(handOverUntil(window({ index: 15, next: 60, startedAt: 60_000, now: 60_000 }))).toBe(75);
	});

	it('never more than maxAhead beyond the current, however short the sentences', () => {
		expect(handOverUntil(window({ queue: sentences(1000, 1) }))).toBe(maxAhead + 1);
	});

	it('none that would start after the sleep time, but the one that crosses it', () => {
		// Starts at 0, 4, 8 and 12 s: a sleep time of 10 s keeps the first three.
		expect(handOverUntil(window({ sleepAt: 10_000 }))).toBe(3);
		// The current sentence is always handed over, even past the sleep time.
		expect(handOverUntil(window({ sleepAt: 0 }))).toBe(1);
	});

	it('stops at the end of the article', () => {
		expect(handOverUntil(window({ queue: sentences(5, 10) }))).toBe(5);
	});
});
