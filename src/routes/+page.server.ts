import { libraryPage } from '$lib/server/content/pages';
import { absoluteUrl } from '$lib/server/origin';

export function load() {
	return { library: libraryPage(1)!, canonical: absoluteUrl('/') };
}
