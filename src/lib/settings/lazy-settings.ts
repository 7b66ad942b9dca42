/**
 * The settings store in a chunk of its own, loaded once the page has started: until then the
 * pre-paint script has shown the stored settings already, and nothing else needs the store
 * (its schema, parser and writer: about a kilobyte, gzipped, that start-up does without). It
 * comes with the first-tap code (src/lib/server/boot), so a change is never a round trip away.
 */
import type { ReaderSettings } from './settings.svelte';

let loading: Promise<ReaderSettings> | undefined;

/**
 * The page's one ReaderSettings, loaded on first use. A load that failed (the network gone
 * before the chunk was saved, a page older than the site) is tried again at the next use.
 */
export function loadReaderSettings(): Promise<ReaderSettings> {
	loading ??= import('./settings.svelte')
		.then((loaded) => loaded.readerSettings())
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}
