/**
 * "Play all unread" in the library: Up next becomes every unread article (in library order, or
 * begun ones first, as the library is sorted), they are stored for offline listening, and the
 * first one opens and starts playing.
 */
import { followLink } from '$lib/article/follow-link';
import type { ArticleIndexEntry, ArticleSummary } from '$lib/article/types';
import { fetchLibraryIndex } from '$lib/offline/save-all';
import { readPositions } from '$lib/progress/positions';
import { keepForListening } from './offline-ready';
import { sharedUpNext } from './up-next.svelte';
import { unreadInOrder, type PlayAllOrder } from './up-next';
import { articlePath } from '$lib/article/urls';

/** Offline, the whole library's index is out of reach: the articles of the page shown. */
const fromPage = (articles: ArticleSummary[]): ArticleIndexEntry[] =>
	articles.map(({ slug, title, lang, published, stats }) => ({
		slug,
		title,
		lang,
		published,
		listeningMinutes: stats.listeningMinutes
	}));

/** What `find` returns once it returns something, within 10 s; undefined after. */
async function appears<T>(find: () => T | null): Promise<T | undefined> {
	for (const started = Date.now(); Date.now() - started < 10_000;) {
		const found = find();
		if (found) return found;
		await new Promise((resolve) => requestAnimationFrame(resolve));
	}
	return undefined;
}

/** Returns false when there is nothing unread to play. */
export async function playAllUnread(
	order: PlayAllOrder,
	pageArticles: ArticleSummary[]
): Promise<boolean> {
	const index = await fetchLibraryIndex().catch(() => fromPage(pageArticles));
	const items = index.map((entry) => ({
		slug: entry.slug,
		title: entry.title,
		minutes: entry.listeningMinutes ?? 0
	}));
	const [first, ...rest] = unreadInOrder(items, readPositions(), order);
	if (!first) return false;
	sharedUpNext().replace(rest);
	const queued = new Set([first, ...rest].map((item) => item.slug));
	void keepForListening(index.filter((entry) => queued.has(entry.slug)));
	followLink(articlePath(first.slug));
	// Start as a tap on the article's own Listen button would, once its page is shown.
	const listen = await appears(() =>
		location.pathname === articlePath(first.slug)
			? document.querySelector<HTMLButtonElement>('.listen-dock button.listen')
			: null
	);
	listen?.click();
	return true;
}
