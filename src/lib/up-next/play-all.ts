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
import type { ListenRequests } from '$lib/speech/listen-requests';

/** Offline, the whole library's index is out of reach: the articles of the page shown. */
const fromPage = (articles: ArticleSummary[]): ArticleIndexEntry[] =>
	articles.map(({ slug, title, lang, published, stats }) => ({
		slug,
		title,
		lang,
		published,
		listeningMinutes: stats.listeningMinutes
	}));

/** Returns false when there is nothing unread to play. */
export async function playAllUnread(
	order: PlayAllOrder,
	pageArticles: ArticleSummary[],
	requests: ListenRequests
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
	// Its page starts as a tap on its own Listen button would, once it is shown.
	requests.ask(first.slug);
	followLink(articlePath(first.slug));
	return true;
}
