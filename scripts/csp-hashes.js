// Hashes for the few inline things a strict Content Security Policy must allow by name.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @param {string} text */
export function sha256Source(text) {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * SvelteKit's route announcer (a live region it adds after hydration) carries an inline style
 * attribute. Allowing exactly that attribute by hash, rather than 'unsafe-inline', keeps every
 * other inline style blocked. Read from Kit's own source so an upgrade cannot silently break it.
 */
export function kitAnnouncerStyleHash() {
	const require = createRequire(import.meta.url);
	const kitRoot = dirname(require.resolve('@sveltejs/kit/package.json'));
	const source = readFileSync(join(kitRoot, 'src', 'core', 'sync', 'write_root.js'), 'utf8');
	const style = source.match(/id="svelte-announcer"[^>]*?style="([^"]+)"/)?.[1];
	if (!style) throw new Error("csp-hashes: cannot find the style of SvelteKit's announcer");
	return sha256Source(style);
}
