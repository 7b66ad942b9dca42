/**
 * Voices: waiting for them (getVoices() is empty until `voiceschanged`, which Safari may never
 * fire, so also poll, and give up after a timeout) and ranking them for an article.
 */

/** A voice as Folio needs it; `local` voices work offline (localService). */
export interface VoiceInfo {
	uri: string;
	name: string;
	lang: string;
	local: boolean;
	isDefault: boolean;
}

/** The parts of speechSynthesis that voice loading uses. */
export interface VoiceSource {
	getVoices(): {
		voiceURI: string;
		name: string;
		lang: string;
		localService: boolean;
		default: boolean;
	}[];
	addEventListener(type: 'voiceschanged', listener: () => void): void;
	removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export const voiceTimeoutMs = 8000;
const pollMs = 250;

function read(source: VoiceSource): VoiceInfo[] {
	return source.getVoices().map((voice) => ({
		uri: voice.voiceURI,
		name: voice.name,
		lang: voice.lang,
		local: voice.localService,
		isDefault: voice.default
	}));
}

/** The voices, as soon as there are any; an empty list when none arrive in `timeoutMs`. */
export function loadVoices(source: VoiceSource, timeoutMs = voiceTimeoutMs): Promise<VoiceInfo[]> {
	const now = read(source);
	if (now.length > 0) return Promise.resolve(now);
	return new Promise((resolve) => {
		const check = () => {
			const voices = read(source);
			if (voices.length > 0) finish(voices);
		};
		const finish = (voices: VoiceInfo[]) => {
			clearInterval(poll);
			clearTimeout(timeout);
			source.removeEventListener('voiceschanged', check);
			resolve(voices);
		};
		const poll = setInterval(check, pollMs);
		const timeout = setTimeout(() => finish([]), timeoutMs);
		source.addEventListener('voiceschanged', check);
	});
}

const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0];
const sameTag = (a: string, b: string) => a.toLowerCase().replace('_', '-') === b.toLowerCase();

/**
 * The voices for `lang` first (exact tag, then same language), offline voices first when the
 * device is offline, the system default before others; the rest after. Ties go to the shorter
 * name: engines name variants at length ("English (America, New York City)").
 */
export function rankVoices(voices: VoiceInfo[], lang: string, offline: boolean): VoiceInfo[] {
	const score = (voice: VoiceInfo) =>
		(primary(voice.lang) === primary(lang) ? 8 : 0) +
		(sameTag(voice.lang, lang) ? 4 : 0) +
		(offline && voice.local ? 2 : 0) +
		(voice.isDefault ? 1 : 0);
	return [...voices].sort(
		(a, b) => score(b) - score(a) || a.name.length - b.name.length || a.name.localeCompare(b.name)
	);
}

/** Voices that speak `lang` (by primary language). */
export function voicesFor(voices: VoiceInfo[], lang: string): VoiceInfo[] {
	return voices.filter((voice) => primary(voice.lang) === primary(lang));
}

/**
 * The voice to use: the remembered one if it still exists (and works offline when offline),
 * else the best ranked voice for the language; undefined leaves the choice to the browser.
 */
export function chooseVoice(
	voices: VoiceInfo[],
	lang: string,
	offline: boolean,
	rememberedUri: string | undefined
): VoiceInfo | undefined {
	const remembered = voices.find((voice) => voice.uri === rememberedUri);
	if (remembered && (!offline || remembered.local)) return remembered;
	const [best] = rankVoices(voicesFor(voices, lang), lang, offline);
	return best;
}

/** The key voices are remembered by: the primary language, so en-GB and en-US share. */
export const languageKey = primary;
