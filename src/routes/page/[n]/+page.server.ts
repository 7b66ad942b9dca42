import { error } from '@sveltejs/kit';
import { articleSlugs } from '$lib/server/content';
import { libraryPage, libraryPageSize } from '$lib/server/content/pages';
import { absoluteUrl } from '$lib/server/origin';

/** Pages 2 and on; page 1 is the home page. */
export function entries() {
	const pages = Math.ceil(articleSlugs().length / libraryPageSize);
	return Array.from({ length: Math.max(0, pages - 1) }, (_, index) => ({ n: String(index + 2) }));
}

export function load({ params }) {
	const page = Number(params.n);
	const library = page === 1 ? undefined : libraryPage(page);
	if (!library) error(404, 'No library page has this number');
	return { library, canonical: absoluteUrl(`/page/${page}/`) };
}
