/**
 * The one guarded wrapper around localStorage. No other module touches localStorage (the stores
 * reach it through `Persisted`, src/lib/persisted.svelte.ts). Every call survives storage that
 * is disabled, full, throws, or holds garbage from an older version of Folio: reads give
 * `undefined`, writes report `false`, nothing throws.
 */

/** Storage can be disabled (the getter throws), or absent outside a browser. */
function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

/**
 * What is stored under `key`: `{ text }` (text undefined when nothing is), or undefined when
 * storage cannot be read at all (disabled, or it threw).
 */
export function readEntry(key: string): { text: string | undefined } | undefined {
	try {
		const store = storage();
		return store ? { text: store.getItem(key) ?? undefined } : undefined;
	} catch {
		return undefined;
	}
}

/** The text under `key`, or undefined when missing or unreadable. */
export function readText(key: string): string | undefined {
	return readEntry(key)?.text;
}

/** Store `text` under `key`. Returns false when storage refused it (full, disabled). */
export function writeText(key: string, text: string): boolean {
	try {
		const store = storage();
		if (!store) return false;
		store.setItem(key, text);
		return true;
	} catch {
		return false;
	}
}

/** Forget `key`; quietly does nothing when storage is unavailable. */
export function removeKey(key: string): void {
	try {
		storage()?.removeItem(key);
	} catch {
		// Nothing to forget.
	}
}

/**
 * Call `listener` whenever another tab changes `key` (or clears storage); it reads the new
 * value itself. Returns the function that stops listening.
 */
export function onOtherTabChange(key: string, listener: () => void): () => void {
	if (typeof window === 'undefined') return () => {};
	const handle = (event: StorageEvent) => {
		if (event.key === key || event.key === null) listener();
	};
	window.addEventListener('storage', handle);
	return () => window.removeEventListener('storage', handle);
}
