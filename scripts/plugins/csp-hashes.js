// Hashes for the few inline things a strict Content Security Policy must allow by name.
import { createHash } from 'node:crypto';

/** @param {string} text */
export function sha256Source(text) {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * The inline style of SvelteKit's route announcer, a live region it adds after hydration.
 * Allowing exactly that attribute by hash, rather than 'unsafe-inline', keeps every other inline
 * style blocked. Kit has no public way to avoid or name it (https://github.com/sveltejs/kit/issues/11993);
 * tests/security.spec.ts checks this text against the announcer Kit really renders, so an
 * upgrade that changes it fails there (and the policy guard reports the blocked style).
 */
export const kitAnnouncerStyle =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
