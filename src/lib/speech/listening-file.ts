/**
 * What listening needs of an article, as one small file per article
 * (/articles/<slug>/listen.json): the player can go on to the next article in Up next from the
 * offline cache, with the page hidden, without loading that article's page.
 */
import type { Article } from '$lib/article/types';
import { buildQueue, type QueueItem } from './queue';

export interface ListeningArticle {
	slug: string;
	title: string;
	byline: string;
	lang: string;
	readingMinutes: number;
	/** The sentences in reading order, the title first. */
	items: QueueItem[];
}

/** The URL of an article's listening file. */
export { listeningFilePath as listeningFileUrl } from '$lib/article/urls';

export function listeningArticle(article: Article): ListeningArticle {
	const { slug, title, byline, lang, stats } = article;
	return {
		slug,
		title,
		byline,
		lang,
		readingMinutes: stats.readingMinutes,
		items: buildQueue(article)
	};
}
