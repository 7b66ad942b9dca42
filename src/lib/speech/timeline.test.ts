import { describe, expect, it } from 'vitest';
import type { QueueItem } from './queue';
import { sentenceNearest, timelineAt } from './timeline';

// 150, 75 and 300 words: 60 s, 30 s and 120 s at 1x (150 words a minute).
const queue: QueueItem[] = [150, 75, 300].map((words, i) => ({
	id: `b${i}-1`,
	text: 'x',
	blockId: `b${i}`,
	words
}));

describe('the lock-screen timeline', () => {
	it('is the words at the chosen speed: duration of all, position of those already spoken', () => {
		expect(timelineAt(queue, 0, 1)).toEqual({ duration: 210, position: 0, playbackRate: 1 });
		expect(timelineAt(queue, 2, 1)).toEqual({ duration: 210, position: 90, playbackRate: 1 });
		expect(timelineAt(queue, 2, 2)).toEqual({ duration: 105, position: 45, playbackRate: 1 });
	});

	it('keeps the position inside the track for any index', () => {
		expect(timelineAt(queue, 99, 1).position).toBe(90);
		expect(timelineAt(queue, -3, 1).position).toBe(0);
	});

	it('seeks to the sentence that starts nearest the time', () => {
		expect(sentenceNearest(queue, 1, 0)).toBe(0);
		expect(sentenceNearest(queue, 1, 40)).toBe(1);
		expect(sentenceNearest(queue, 1, 80)).toBe(2);
		expect(sentenceNearest(queue, 1, 5000)).toBe(2);
		expect(sentenceNearest(queue, 2, 40)).toBe(2);
	});
});
