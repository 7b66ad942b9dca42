import type { ArticleSummary } from '$lib/article/types';
import { getArticles } from './index';
import { summarize } from './load';

/** Articles per library page: the home page's weight must not grow with the library. */
export const libraryPageSize = 20;

export interface LibraryPage {
	articles: ArticleSummary[];
	/** 1-based. */
	page: number;
	pages: number;
	total: number;
}

/** Page `page` of the library, newest first, or undefined past the last page. */
export function libraryPage(page: number, all = getArticles()): LibraryPage | undefined {
	const pages = Math.max(1, Math.ceil(all.length / libraryPageSize));
	if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
	const start = (page - 1) * libraryPageSize;
	return {
		articles: all.slice(start, start + libraryPageSize).map(summarize),
		page,
		pages,
		total: all.length
	};
}
