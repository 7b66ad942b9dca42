import { error, json } from '@sveltejs/kit';
import { articleSlugs, getArticle } from '$lib/server/content';
import { listeningArticle } from '$lib/speech/listening-file';

export const prerender = true;

export function entries() {
	return articleSlugs().map((slug) => ({ slug }));
}

/** The article's sentences for the player (src/lib/speech/listening-file.ts). */
export function GET({ params }) {
	const article = getArticle(params.slug);
	if (!article) error(404, 'No article has this address');
	return json(listeningArticle(article));
}
