/**
 * Listening preferences that outlive a visit: speed, the voice per language, keeping the screen
 * on, keeping the page audible, marking read at the end. One versioned key; invalid parts fall back to defaults one by
 * one (a part stored before it existed is missing, so gets its default).
 */
import { openEnvelope } from '$lib/envelope.js';
import { readJson, writeStored } from '$lib/storage';
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

/** The stored preferences, with defaults for anything missing or invalid. */
export function readPrefs(): ListeningPrefs {
	const raw = readJson(listeningKey);
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

/** Store the preferences; false when storage refused them. */
export function writePrefs(prefs: ListeningPrefs): boolean {
	return writeStored(listeningKey, version, prefs);
}
