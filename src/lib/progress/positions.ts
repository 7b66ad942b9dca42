/**
 * One position per article, shared by reading and listening: the sentence the reader was at.
 * Stored under one versioned key; anything that does not validate is dropped, never trusted.
 */
import { readJson, writeJson } from '$lib/storage';

const key = 'folio.positions';
const version = 1;
/** Enough for a large library; the oldest positions are dropped beyond it. */
const maxEntries = 500;

/** Where an article was left: a sentence id such as `b3-2`, and when (ms since the epoch). */
export interface Position {
	sentenceId: string;
	updatedAt: number;
}

type Positions = Record<string, Position>;

const sentenceIdPattern = /^b\d+-\d+$/;

function isPosition(value: unknown): value is Position {
	if (typeof value !== 'object' || value === null) return false;
	const { sentenceId, updatedAt } = value as Record<string, unknown>;
	return (
		typeof sentenceId === 'string' &&
		sentenceIdPattern.test(sentenceId) &&
		typeof updatedAt === 'number' &&
		Number.isFinite(updatedAt)
	);
}

/** Every valid stored position; garbage or an unknown version reads as none. */
export function readPositions(): Positions {
	const stored = readJson(key);
	if (typeof stored !== 'object' || stored === null) return {};
	const { v, positions } = stored as { v?: unknown; positions?: unknown };
	if (v !== version || typeof positions !== 'object' || positions === null) return {};
	const valid: Positions = {};
	for (const [slug, position] of Object.entries(positions)) {
		if (isPosition(position)) valid[slug] = position;
	}
	return valid;
}

/** The saved position of one article, if any. */
export function getPosition(slug: string): Position | undefined {
	const positions = readPositions();
	return Object.hasOwn(positions, slug) ? positions[slug] : undefined;
}

function write(positions: Positions): boolean {
	const newest = Object.entries(positions)
		.sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
		.slice(0, maxEntries);
	return writeJson(key, { v: version, positions: Object.fromEntries(newest) });
}

/** Remember `sentenceId` as where `slug` was left. Returns false when storage refused it. */
export function savePosition(slug: string, sentenceId: string, now = Date.now()): boolean {
	if (!sentenceIdPattern.test(sentenceId)) return false;
	return write({ ...readPositions(), [slug]: { sentenceId, updatedAt: now } });
}

/** Forget where `slug` was left (it was finished). */
export function clearPosition(slug: string): void {
	const positions = readPositions();
	if (!Object.hasOwn(positions, slug)) return;
	delete positions[slug];
	write(positions);
}
