/**
 * Listening as a timeline for the lock screen: the article's length in seconds at the chosen
 * speed, estimated from its words, and where each sentence starts on it. Media Session shows
 * it as a track's duration and position, and a seek lands on the sentence nearest the time.
 */
import { sentenceMs, type QueueItem } from './queue';

export interface Timeline {
	/** Seconds. */
	duration: number;
	/** Seconds: the words before the current sentence. */
	position: number;
	/** The position moves one second a second: the duration is already at the chosen speed. */
	playbackRate: 1;
}

/** Where each sentence starts, in seconds at `rate`. */
function starts(queue: readonly QueueItem[], rate: number): number[] {
	const result: number[] = [];
	let at = 0;
	for (const item of queue) {
		result.push(at);
		at += sentenceMs(item, rate) / 1000;
	}
	result.push(at);
	return result;
}

export function timelineAt(queue: readonly QueueItem[], index: number, rate: number): Timeline {
	const at = starts(queue, rate);
	const duration = at[queue.length];
	const current = Math.min(Math.max(index, 0), queue.length - 1);
	return { duration, position: Math.min(at[current], duration), playbackRate: 1 };
}

/** The index of the sentence whose start is nearest `seconds`. */
export function sentenceNearest(
	queue: readonly QueueItem[],
	rate: number,
	seconds: number
): number {
	const at = starts(queue, rate).slice(0, queue.length);
	let best = 0;
	for (let i = 1; i < at.length; i++) {
		if (Math.abs(at[i] - seconds) < Math.abs(at[best] - seconds)) best = i;
	}
	return best;
}
