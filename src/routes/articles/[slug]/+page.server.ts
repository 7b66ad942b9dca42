import { error } from '@sveltejs/kit';
import { articleSlugs, articlesAfter, getArticle, getPictures } from '$lib/server/content';
import { absoluteUrl } from '$lib/server/origin';
import { onwardCandidates } from '$lib/article-end/onward';
import { articlePath } from '$lib/article/urls';

export function entries() {
	return articleSlugs().map((slug) => ({ slug }));
}

export function load({ params }) {
	const article = getArticle(params.slug);
	if (!article) error(404, 'No article has this address');
	// Onward from the article's end: the next few in library order (newest first). The page
	// links the first; the app the first the reader has not read (src/lib/article-end/onward.ts).
	const next = articlesAfter(article.slug, onwardCandidates).map(({ slug, title, lang }) => ({
		slug,
		title,
		lang
	}));
	return {
		article,
		pictures: getPictures(article),
		next,
		canonical: absoluteUrl(articlePath(article.slug))
	};
}
