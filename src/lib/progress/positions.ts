/**
 * One position per article, shared by reading and listening: the sentence the reader was at,
 * how far down it, how far through the article, and whether it was read to the end.
 * Stored under one versioned key; each field is validated on its own and garbage falls back.
 */
import { openEnvelope } from '$lib/envelope.js';
import { Persisted, type StoredFormat } from '$lib/persisted.svelte';
import { inProgress, resumeMark } from './resume-mark.js';

// One key, shared with the pre-paint mark for "Continue reading".
const key = resumeMark.key;
const version = 2;
/** Enough for a large library; the oldest positions are dropped beyond it. */
const maxEntries = 500;
/** The title sentence: the start of every article. */
export const startSentenceId = 'b0-1';

/** Where an article was left. */
export interface Position {
	/** The sentence at the top of the viewport, or the one last spoken: `b3-2`. */
	sentenceId: string;
	/** How far down that sentence the top of the viewport was, 0-1 of its height. */
	offset: number;
	/** How far through the article, 0-1 (the library's percent and time left). */
	progress: number;
	/** The article's title and reading time, so the library can offer it from any page. */
	title?: string;
	readingMinutes?: number;
	/** When the end was reached (ms since the epoch); absent when unread. */
	readAt?: number;
	/** When this was last saved (ms since the epoch); the oldest are evicted first. */
	updatedAt: number;
}

export type Positions = Record<string, Position>;

const sentenceIdPattern = /^b\d+-\d+$/;
const maxTitle = 300;

const fraction = (value: unknown) =>
	typeof value === 'number' && value >= 0 && value <= 1 ? value : 0;
const time = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** A valid position from anything stored (v1 records included), or undefined. */
export function parsePosition(value: unknown): Position | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const record = value as Record<string, unknown>;
	const { sentenceId, title } = record;
	if (typeof sentenceId !== 'string' || !sentenceIdPattern.test(sentenceId)) return undefined;
	const position: Position = {
		sentenceId,
		offset: fraction(record.offset),
		progress: fraction(record.progress),
		updatedAt: time(record.updatedAt) ?? 0
	};
	if (typeof title === 'string' && title.length > 0 && title.length <= maxTitle) {
		position.title = title;
	}
	const minutes = time(record.readingMinutes);
	if (minutes !== undefined) position.readingMinutes = minutes;
	const readAt = time(record.readAt);
	if (readAt !== undefined) position.readAt = readAt;
	return position;
}

/** Every valid position in `stored`; garbage or an unknown version reads as none. v1 migrates. */
function positionsFrom(raw: unknown): Positions {
	const stored = openEnvelope(raw, resumeMark.legacyField);
	if (!stored || (stored.v !== 1 && stored.v !== version)) return {};
	const positions = stored.data;
	if (typeof positions !== 'object' || positions === null) return {};
	const valid = Object.entries(positions).flatMap(([slug, value]) => {
		const position = parsePosition(value);
		return position ? [[slug, position] as const] : [];
	});
	// Not `valid[slug] = position`: a stored "__proto__" would become the result's prototype.
	return Object.fromEntries(valid);
}

/** How positions are stored: one key, `{ v, data }`, shared with the pre-paint mark. */
export const positionsFormat: StoredFormat<Positions> = {
	key,
	read: positionsFrom,
	write: (positions) => ({ v: version, data: positions })
};

let store: Persisted<Positions> | undefined;

/**
 * The page's one store of positions. Reading `current` in a component or `$derived` follows
 * every change, this tab's and other tabs'.
 */
export function storedPositions(): Persisted<Positions> {
	return (store ??= new Persisted(positionsFormat));
}

/** Every position stored (or kept for this visit when storage refused it). Do not change it. */
export function readPositions(): Readonly<Positions> {
	return storedPositions().current;
}

/** The saved position of one article, if any. */
export function getPosition(slug: string): Position | undefined {
	const positions = readPositions();
	return Object.hasOwn(positions, slug) ? positions[slug] : undefined;
}

/**
 * Store `positions`, newest first and at most `maxEntries`, `keep` (the article being read)
 * always among them. When storage is full, drop the oldest and try again, but never `keep`.
 * False when nothing fits: then they are all kept for this visit, as every store keeps a value
 * storage refused.
 */
export function writePositions(positions: Positions, keep?: string): boolean {
	// `keep` before the rest, however they are dated: a clock once set ahead leaves hundreds
	// of positions "newer" than now, and sorting by time alone would cut the one just saved.
	const rank = (slug: string) => (slug === keep ? 0 : 1);
	const newest = Object.entries(positions)
		.sort(([slugA, a], [slugB, b]) => rank(slugA) - rank(slugB) || b.updatedAt - a.updatedAt)
		.slice(0, maxEntries);
	const store = storedPositions();
	const all = Object.fromEntries(newest);
	for (;;) {
		if (store.save(Object.fromEntries(newest))) return true;
		const oldest = newest.findLastIndex(([slug]) => slug !== keep);
		if (oldest === -1) return store.save(all);
		newest.splice(oldest, 1);
	}
}

/** Merge `change` into the position of `slug` (starting from the top when there is none). */
export function updatePosition(
	slug: string,
	change: Partial<Omit<Position, 'updatedAt'>>,
	now = Date.now()
): boolean {
	const positions = readPositions();
	const before = Object.hasOwn(positions, slug) ? positions[slug] : undefined;
	const next = parsePosition({
		sentenceId: startSentenceId,
		offset: 0,
		progress: 0,
		...before,
		...change,
		updatedAt: now
	});
	if (!next) return false;
	return writePositions({ ...positions, [slug]: next }, slug);
}

/** Remember `sentenceId` (its top) as where `slug` was left. False when storage refused it. */
export function savePosition(slug: string, sentenceId: string, now = Date.now()): boolean {
	if (!sentenceIdPattern.test(sentenceId)) return false;
	return updatePosition(slug, { sentenceId, offset: 0 }, now);
}

/** Mark `slug` read (reached the end) or unread again. Unread starts over from the top. */
export function markRead(slug: string, read: boolean, now = Date.now()): boolean {
	if (read) return updatePosition(slug, { readAt: now, progress: 1 }, now);
	const positions = { ...readPositions() };
	const before = Object.hasOwn(positions, slug) ? positions[slug] : undefined;
	const { title, readingMinutes } = before ?? {};
	positions[slug] = { sentenceId: startSentenceId, offset: 0, progress: 0, updatedAt: now };
	if (title) positions[slug].title = title;
	if (readingMinutes !== undefined) positions[slug].readingMinutes = readingMinutes;
	return writePositions(positions, slug);
}

/** Forget where `slug` was left. */
export function clearPosition(slug: string): void {
	const positions = { ...readPositions() };
	if (!Object.hasOwn(positions, slug)) return;
	delete positions[slug];
	writePositions(positions);
}

/** Drop the positions of articles that are no longer in the library. */
export function dropMissing(library: Iterable<string>): void {
	const slugs = new Set(library);
	const positions = readPositions();
	const kept = Object.entries(positions).filter(([slug]) => slugs.has(slug));
	if (kept.length < Object.keys(positions).length) writePositions(Object.fromEntries(kept));
}

/** The article most recently left part-way (not read, not at the very start), if any. */
export function latestInProgress(positions: Readonly<Positions>): [string, Position] | undefined {
	return Object.entries(positions)
		.filter(([, p]) => inProgress(p))
		.sort(([, a], [, b]) => b.updatedAt - a.updatedAt)[0];
}
