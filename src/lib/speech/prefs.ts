/**
 * Listening preferences that outlive a visit: speed, the voice per language, keeping the screen
 * on, keeping the page audible, marking read at the end. One versioned key; invalid parts fall back to defaults one by
 * one (a part stored before it existed is missing, so gets its default).
 */
import { openEnvelope } from '$lib/envelope.js';
import { Persisted, type StoredFormat } from '$lib/persisted.svelte';
import { maxRate, minRate } from './rate';

/** Where the listening preferences are stored. */
export const listeningKey = 'folio.listening';
const version = 1;

export interface ListeningPrefs {
	rate: number;
	/** Voice URI by primary language (`en`). */
	voices: Record<string, string>;
	wakeLock: boolean;
	/** Play the near-silent tone while speaking, so a locked phone keeps the page running. */
	keepAudible: boolean;
	/** Mark an article read when it has been heard to the end. */
	markRead: boolean;
}

export const defaultPrefs: ListeningPrefs = {
	rate: 1,
	voices: {},
	wakeLock: false,
	keepAudible: true,
	markRead: true
};

/** The preferences in anything read from storage, with defaults for what is missing or invalid. */
export function prefsFrom(raw: unknown): ListeningPrefs {
	const stored = openEnvelope(raw) ?? fromBeforeEnvelope(raw);
	const data = stored?.v === version ? stored.data : undefined;
	if (typeof data !== 'object' || data === null) return { ...defaultPrefs, voices: {} };
	const { rate, voices, wakeLock, keepAudible, markRead } = data as Record<string, unknown>;
	const validVoices: Record<string, string> = {};
	if (typeof voices === 'object' && voices !== null) {
		for (const [lang, uri] of Object.entries(voices)) {
			if (/^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length < 500) {
				validVoices[lang] = uri;
			}
		}
	}
	return {
		rate: typeof rate === 'number' && rate >= minRate && rate <= maxRate ? rate : defaultPrefs.rate,
		voices: validVoices,
		wakeLock: typeof wakeLock === 'boolean' ? wakeLock : defaultPrefs.wakeLock,
		keepAudible: typeof keepAudible === 'boolean' ? keepAudible : defaultPrefs.keepAudible,
		markRead: typeof markRead === 'boolean' ? markRead : defaultPrefs.markRead
	};
}

/** Preferences stored before the envelope, beside their version: `{ v: 1, rate, … }`. */
function fromBeforeEnvelope(stored: unknown) {
	if (typeof stored !== 'object' || stored === null) return undefined;
	const { v, ...data } = stored as Record<string, unknown>;
	return { v, data };
}

/** How the preferences are stored: one versioned key, `{ v, data }`. */
export const prefsFormat: StoredFormat<ListeningPrefs> = {
	key: listeningKey,
	read: prefsFrom,
	write: (prefs) => ({ v: version, data: prefs })
};

/**
 * The listening preferences as the page's one reactive store: read from storage, written back
 * whole on every change, and following other tabs.
 */
export class PersistedListeningPrefs {
	#stored = new Persisted(prefsFormat);

	get rate(): number {
		return this.#stored.current.rate;
	}
	set rate(rate: number) {
		this.#change({ rate });
	}
	/** Keep the screen on while listening. */
	get wakeLock(): boolean {
		return this.#stored.current.wakeLock;
	}
	set wakeLock(on: boolean) {
		this.#change({ wakeLock: on });
	}
	/** Play the near-silent tone while speaking (keep-audible.ts). */
	get keepAudible(): boolean {
		return this.#stored.current.keepAudible;
	}
	set keepAudible(on: boolean) {
		this.#change({ keepAudible: on });
	}
	/** Mark an article read when it has been heard to the end. */
	get markRead(): boolean {
		return this.#stored.current.markRead;
	}
	set markRead(on: boolean) {
		this.#change({ markRead: on });
	}
	/** The voice chosen last for a primary language (`en`). */
	voiceFor(language: string): string | undefined {
		return this.#stored.current.voices[language];
	}
	rememberVoice(language: string, uri: string): void {
		this.#stored.update((prefs) => ({ ...prefs, voices: { ...prefs.voices, [language]: uri } }));
	}

	#change(change: Partial<ListeningPrefs>): void {
		this.#stored.update((prefs) => ({ ...prefs, ...change }));
	}
}

let shared: PersistedListeningPrefs | undefined;

/** The page's one set of listening preferences (browser only: it reads storage). */
export function listeningPrefs(): PersistedListeningPrefs {
	return (shared ??= new PersistedListeningPrefs());
}
