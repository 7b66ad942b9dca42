import { error } from '@sveltejs/kit';
import { articleAfter, getArticle, getArticles } from '$lib/server/content';
import { absoluteUrl } from '$lib/server/origin';

export function entries() {
	return getArticles().map(({ slug }) => ({ slug }));
}

export function load({ params }) {
	const article = getArticle(params.slug);
	if (!article) error(404, 'No article has this address');
	// Onward from the article's end: the next one in library order (newest first), if any.
	const after = articleAfter(article.slug);
	const next = after && { slug: after.slug, title: after.title, lang: after.lang };
	return { article, next, canonical: absoluteUrl(`/articles/${article.slug}/`) };
}
