// Writes /offline-manifest.json: the list of files the service worker precaches, with sizes.
// The page reads it to show progress while caching, what is available offline, and the pack's
// size. It is itself precached, so the answers hold offline too.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const offlineManifestName = 'offline-manifest.json';
const clientOutput = join(process.cwd(), '.svelte-kit', 'output', 'client');

/**
 * A Workbox manifest transform: records the final precache list and adds the record itself.
 * @param {Array<{ url: string, revision: string | null, size: number }>} entries
 */
export async function recordOfflineManifest(entries) {
	const files = entries
		.map(({ url, size }) => ({ url: url.startsWith('/') ? url : `/${url}`, size }))
		.sort((a, b) => (a.url < b.url ? -1 : 1));
	const text = JSON.stringify({ files, bytes: files.reduce((sum, file) => sum + file.size, 0) });
	mkdirSync(clientOutput, { recursive: true });
	writeFileSync(join(clientOutput, offlineManifestName), text);
	const revision = createHash('sha256').update(text).digest('hex').slice(0, 16);
	return {
		manifest: [...entries, { url: offlineManifestName, revision, size: Buffer.byteLength(text) }],
		warnings: []
	};
}
