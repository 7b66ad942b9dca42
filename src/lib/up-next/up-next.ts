/**
 * Up next: the articles queued to listen to after the one playing, in order. Plain data and
 * pure operations (each returns a new list); stored-up-next.ts keeps it across restarts.
 */
import type { Position, Positions } from '$lib/progress/positions';

export interface UpNextItem {
	slug: string;
	/** Shown in the list, also for articles on other library pages or not saved. */
	title: string;
	/** Minutes to listen to it whole at 1x. */
	minutes: number;
}

/** More than a long flight needs; the oldest-added beyond it are dropped. */
export const maxItems = 200;
const slugShape = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxSlug = 200;
const maxTitle = 300;

/** A valid item from anything stored, or undefined. */
export function parseItem(value: unknown): UpNextItem | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { slug, title, minutes } = value as Record<string, unknown>;
	if (typeof slug !== 'string' || slug.length > maxSlug || !slugShape.test(slug)) return undefined;
	if (typeof title !== 'string' || title.length === 0 || title.length > maxTitle) return undefined;
	const validMinutes = typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= 0;
	return { slug, title, minutes: validMinutes ? minutes : 0 };
}

/** The valid items of anything stored, each article once (its first place), at most maxItems. */
export function parseUpNext(value: unknown): UpNextItem[] {
	if (!Array.isArray(value)) return [];
	const seen = new Set<string>();
	const items: UpNextItem[] = [];
	for (const entry of value) {
		const item = parseItem(entry);
		if (!item || seen.has(item.slug)) continue;
		seen.add(item.slug);
		items.push(item);
		if (items.length === maxItems) break;
	}
	return items;
}

const without = (list: readonly UpNextItem[], slug: string) =>
	list.filter((item) => item.slug !== slug);

/** Play `item` after the article playing: first in the list (moved there if queued already). */
export function listenNext(list: readonly UpNextItem[], item: UpNextItem): UpNextItem[] {
	return [item, ...without(list, item.slug)].slice(0, maxItems);
}

/** Play `item` after everything queued (moved to the end if queued already). */
export function listenLater(list: readonly UpNextItem[], item: UpNextItem): UpNextItem[] {
	const rest = without(list, item.slug);
	return rest.length >= maxItems ? rest : [...rest, item];
}

export function remove(list: readonly UpNextItem[], slug: string): UpNextItem[] {
	return without(list, slug);
}

/** Move the item at `from` to `to` (both clamped to the list). */
export function move(list: readonly UpNextItem[], from: number, to: number): UpNextItem[] {
	if (from < 0 || from >= list.length) return [...list];
	const result = [...list];
	const [item] = result.splice(from, 1);
	result.splice(Math.min(Math.max(to, 0), result.length), 0, item);
	return result;
}

/** Minutes to listen to the whole list at `rate`. */
export function listMinutes(list: readonly UpNextItem[], rate: number): number {
	return list.reduce((sum, item) => sum + item.minutes, 0) / rate;
}

export type PlayAllOrder = 'library' | 'in-progress-first';

const isRead = (position: Position | undefined) => position?.readAt !== undefined;
const isStarted = (position: Position | undefined) =>
	position !== undefined && !isRead(position) && position.progress > 0;

/**
 * Every unread article of `library` (newest first, as the library lists it), in library order
 * or with the ones begun first (the most recently opened first).
 */
export function unreadInOrder(
	library: readonly UpNextItem[],
	positions: Positions,
	order: PlayAllOrder
): UpNextItem[] {
	const position = (slug: string) => (Object.hasOwn(positions, slug) ? positions[slug] : undefined);
	const unread = library.filter((item) => !isRead(position(item.slug)));
	if (order === 'library') return unread.slice(0, maxItems);
	const begun = unread
		.filter((item) => isStarted(position(item.slug)))
		.sort((a, b) => (position(b.slug)?.updatedAt ?? 0) - (position(a.slug)?.updatedAt ?? 0));
	const rest = unread.filter((item) => !isStarted(position(item.slug)));
	return [...begun, ...rest].slice(0, maxItems);
}
