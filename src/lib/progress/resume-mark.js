// "Continue reading" in the library shows only once the app has read the reader's positions,
// but the space for it must be there from the first paint, exactly when it will show (no empty
// gap, no shift). The pre-paint script (src/lib/settings/pre-paint.js) embeds these functions
// and marks <html> from storage, as it does for the theme. Plain, self-contained JavaScript.

/**
 * Where the positions are kept (and the field that held them before Folio's one envelope), and
 * the attribute on <html> when one is in progress.
 */
export const resumeMark = {
	key: 'folio.positions',
	legacyField: 'positions',
	attribute: 'data-folio-resume'
};

/**
 * Whether a stored position is an article left part-way: not read, not at the very start, and
 * with a title to show. The one rule for "Continue reading" (positions.ts uses it too).
 * @param {unknown} position
 */
export function inProgress(position) {
	if (typeof position !== 'object' || position === null) return false;
	var p = /** @type {{ readAt?: unknown, progress?: unknown, title?: unknown }} */ (position);
	return (
		p.readAt === undefined &&
		typeof p.progress === 'number' &&
		p.progress > 0 &&
		typeof p.title === 'string'
	);
}

/**
 * Set or remove the attribute on `root`: set when the stored positions hold an article in
 * progress. Storage that throws or holds garbage is the caller's to catch.
 * @param {{ toggleAttribute(name: string, force: boolean): void }} root
 * @param {{ getItem(key: string): string | null }} storage
 * @param {{ key: string, legacyField: string, attribute: string }} mark
 * @param {(position: unknown) => boolean} isInProgress
 * @param {typeof import('../envelope.js').openEnvelope} open
 */
export function markResume(root, storage, mark, isInProgress, open) {
	var stored = open(JSON.parse(storage.getItem(mark.key) || 'null'), mark.legacyField);
	var positions = /** @type {Record<string, unknown> | undefined} */ (
		stored ? stored.data : undefined
	);
	var any = false;
	if (positions && typeof positions === 'object') {
		for (var slug in positions) {
			if (Object.prototype.hasOwnProperty.call(positions, slug) && isInProgress(positions[slug]))
				any = true;
		}
	}
	root.toggleAttribute(mark.attribute, any);
}
