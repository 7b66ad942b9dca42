/**
 * What the library shows for each article from its stored position: new, in progress (percent
 * and reading time left), or read; and the order and filter the reader chose.
 */
import { formatMinutes } from '$lib/article/duration';
import type { ArticleSummary } from '$lib/article/types';
import type { Position, Positions } from '$lib/progress/positions';

export type EntryState =
	| { kind: 'new' }
	| { kind: 'progress'; percent: number; minutesLeft: number | undefined }
	| { kind: 'read' };

export type LibrarySort = 'newest' | 'progress';

/**
 * The state of an article with `position` (if any) and a whole reading time of `minutes`
 * (unknown for a position stored without it: then no time left is shown rather than a wrong one).
 */
export function entryState(
	position: Position | undefined,
	minutes: number | undefined
): EntryState {
	if (!position) return { kind: 'new' };
	if (position.readAt !== undefined) return { kind: 'read' };
	if (position.progress <= 0) return { kind: 'new' };
	const percent = Math.min(99, Math.max(1, Math.round(position.progress * 100)));
	const minutesLeft = minutes === undefined ? undefined : minutes * (1 - position.progress);
	return { kind: 'progress', percent, minutesLeft };
}

/** "New", "40% · 3 min left" (or "40%" when the reading time is unknown) or "Read". */
export function stateText(state: EntryState): string {
	if (state.kind === 'progress') {
		if (state.minutesLeft === undefined) return `${state.percent}%`;
		return `${state.percent}% · ${formatMinutes(state.minutesLeft)} left`;
	}
	return state.kind === 'new' ? 'New' : 'Read';
}

const positionOf = (positions: Positions, slug: string) =>
	Object.hasOwn(positions, slug) ? positions[slug] : undefined;

/**
 * The entries to show, in order: newest first (as given), or those in progress first (most
 * recently read first), and without the read ones when `unreadOnly`.
 */
export function arrange(
	articles: ArticleSummary[],
	positions: Positions,
	sort: LibrarySort,
	unreadOnly: boolean
): ArticleSummary[] {
	const stateOf = (a: ArticleSummary) =>
		entryState(positionOf(positions, a.slug), a.stats.readingMinutes);
	const shown = unreadOnly ? articles.filter((a) => stateOf(a).kind !== 'read') : [...articles];
	if (sort === 'newest') return shown;
	const inProgress = shown
		.filter((a) => stateOf(a).kind === 'progress')
		.sort(
			(a, b) =>
				(positionOf(positions, b.slug)?.updatedAt ?? 0) -
				(positionOf(positions, a.slug)?.updatedAt ?? 0)
		);
	return [...inProgress, ...shown.filter((a) => stateOf(a).kind !== 'progress')];
}
