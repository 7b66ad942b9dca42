import { openEnvelope } from './envelope.js';

/**
 * The one guarded wrapper around localStorage. No other module touches localStorage.
 * Every call survives storage that is disabled, full, throws, or holds garbage from an older
 * version of Folio: reads give `undefined`, writes report `false`, nothing throws.
 */

function storage(): Storage | undefined {
	// Storage can be disabled, full, or hold garbage from an older version.
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

/** The text under `key`, or undefined when missing or unreadable. */
export function readText(key: string): string | undefined {
	// Storage can be disabled, full, or hold garbage from an older version.
	try {
		return storage()?.getItem(key) ?? undefined;
	} catch {
		return undefined;
	}
}

/** The parsed JSON under `key`, or undefined when missing, unreadable or not JSON. */
export function readJson(key: string): unknown {
	const text = readText(key);
	try {
		return text === undefined ? undefined : JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** Store `text` under `key`. Returns false when storage refused it (full, disabled). */
export function writeText(key: string, text: string): boolean {
	// Storage can be disabled, full, or hold garbage from an older version.
	try {
		const store = storage();
		if (!store) return false;
		store.setItem(key, text);
		return true;
	} catch {
		return false;
	}
}

/** Store `value` as JSON under `key`. Returns false when storage refused it (full, disabled). */
export function writeJson(key: string, value: unknown): boolean {
	try {
		// undefined is stored as "undefined", which reads back as not JSON, as it always did.
		return writeText(key, String(JSON.stringify(value)));
	} catch {
		return false; // a value JSON cannot write (a cycle, a BigInt)
	}
}

/**
 * The version and data stored under `key` in Folio's one envelope, `{ v, data }` (or a format
 * from before it, `legacy`: see envelope.js); undefined when missing or not an envelope.
 */
export function readStored(key: string, legacy?: string) {
	return openEnvelope(readJson(key), legacy);
}

/** Store `data` under `key` as `{ v, data }`. False when storage refused it. */
export function writeStored(key: string, v: number, data: unknown): boolean {
	return writeJson(key, { v, data });
}

/** Forget `key`; quietly does nothing when storage is unavailable. */
export function removeKey(key: string): void {
	// Storage can be disabled, full, or hold garbage from an older version.
	try {
		storage()?.removeItem(key);
	} catch {
		// Nothing to forget.
	}
}

/**
 * Call `listener` with the new parsed value whenever another tab changes `key` (or clears
 * storage). Returns the function that stops listening.
 */
export function onOtherTabChange(key: string, listener: (value: unknown) => void): () => void {
	if (typeof window === 'undefined') return () => {};
	const handle = (event: StorageEvent) => {
		if (event.key !== key && event.key !== null) return;
		let value: unknown;
		try {
			value = event.newValue == null ? undefined : JSON.parse(event.newValue);
		} catch {
			value = undefined;
		}
		listener(value);
	};
	window.addEventListener('storage', handle);
	return () => window.removeEventListener('storage', handle);
}
