import { error } from '@sveltejs/kit';
import { getArticle, getArticles } from '$lib/server/content';
import { absoluteUrl } from '$lib/server/origin';

export function entries() {
	return getArticles().map(({ slug }) => ({ slug }));
}

export function load({ params }) {
	const article = getArticle(params.slug);
	if (!article) error(404, 'No article has this address');
	return { article, canonical: absoluteUrl(`/articles/${article.slug}/`) };
}
