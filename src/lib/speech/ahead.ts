/**
 * How far ahead the engine hands sentences to a synthesizer that queues (engine.svelte.ts): the next
 * few minutes of speech, estimated from the words at the chosen speed, none that would start
 * after the sleep time. Plain arithmetic, no state.
 */
import { sentenceMs, type QueueItem } from './queue';

/**
 * A few minutes of listening with the page held back, and less than the shortest sleep timer
 * (5 minutes), so setting one never needs the queue redone.
 */
export const aheadMs = 4 * 60_000;
/** At most this many sentences ahead, however short. */
export const maxAhead = 100;

export interface Window {
	queue: readonly QueueItem[];
	/** The sentence speaking (or about to). */
	index: number;
	/** The first sentence not yet handed over. */
	next: number;
	/** When the sentence at `index` started (or was handed over), by the engine's clock. */
	startedAt: number;
	now: number;
	rate: number;
	/** The sleep timer's time, or undefined. */
	sleepAt: number | undefined;
	/** Whether the synthesizer queues; if not, only the sentence at `index` is handed over. */
	queues: boolean;
}

/** The end (exclusive) of what should be handed over now; `next` when nothing more. */
export function handOverUntil({
	queue,
	index,
	next,
	startedAt,
	now,
	rate,
	sleepAt,
	queues
}: Window): number {
	// When sentence `until` would start: the current one's start plus all before it.
	let startsAt = startedAt;
	for (let i = index; i < next; i++) startsAt += sentenceMs(queue[i], rate);
	let until = next;
	while (until < queue.length) {
		if (until > index) {
			if (!queues) break;
			if (startsAt - now >= aheadMs || until - index > maxAhead) break;
			if (sleepAt !== undefined && startsAt >= sleepAt) break;
		}
		startsAt += sentenceMs(queue[until], rate);
		until++;
	}
	return until;
}
