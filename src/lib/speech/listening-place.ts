/**
 * Where listening keeps its place: the one position per article, shared with reading
 * (progress/positions), at the top of the sentence spoken.
 */
import { startSentenceId, updatePosition } from '$lib/progress/positions';
import { progressAt } from '$lib/progress/place';
import type { ListeningArticle } from './listening-file';

/** The place is sentence `sentenceId` of `article`, with `change` (read, or not). */
export function saveListeningPlace(
	article: ListeningArticle,
	sentenceId: string,
	change: { progress?: number; readAt?: number } = {}
): void {
	const { slug, title, readingMinutes, items } = article;
	const index = items.findIndex((item) => item.id === sentenceId);
	updatePosition(slug, {
		sentenceId,
		offset: 0,
		progress: progressAt(Math.max(0, index), 0, items.length),
		title,
		readingMinutes,
		...change
	});
}

/** Heard to the end: read (when `markRead`), and the next Listen starts from the top. */
export function saveHeardToEnd(article: ListeningArticle, markRead: boolean): void {
	const read = markRead ? { progress: 1, readAt: Date.now() } : { progress: 0 };
	saveListeningPlace(article, startSentenceId, read);
}
