/**
 * "/" focuses the search field, as on most sites with search; never while the reader types in
 * a field, and never with a modifier (Ctrl+/ and the like belong to the browser).
 */
export function isSearchHotkey(event: KeyboardEvent): boolean {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
	if (event.defaultPrevented || event.isComposing) return false;
	const target = event.target as HTMLElement | null;
	if (!target || typeof target.closest !== 'function') return true;
	return !target.closest(
		'input, textarea, select, [contenteditable]:not([contenteditable="false"])'
	);
}
