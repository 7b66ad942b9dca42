/**
 * Which voice speaks: waiting for the engine's voices (slow on a busy machine, never listed by
 * some), the phase that the player shows until speech can start, and the voice for each
 * article's language, remembered per language in the preferences.
 */
import { online } from 'svelte/reactivity/window';
import { listeningPrefs } from './prefs';
import {
	chooseVoice,
	languageKey,
	loadVoices,
	rankVoices,
	type VoiceInfo,
	type VoiceSource
} from './voices';

/** After the no-voices message, voices that still arrive within this long start listening. */
const lateVoicesMs = 60_000;

/** Before speech can start: looking for voices, no engine at all, or no voice arrived. */
export type Phase = 'loading' | 'ready' | 'no-engine' | 'no-voices';

export class VoiceChoice {
	#source: VoiceSource | undefined;
	#prefs = listeningPrefs();
	#isOnline: () => boolean;
	#phase = $state<Phase>('loading');
	#list = $state.raw<VoiceInfo[]>([]);

	/**
	 * `source` undefined: the browser has no speech engine. `isOnline` is read reactively;
	 * Svelte's window `online` by default.
	 */
	constructor(source: VoiceSource | undefined, isOnline?: () => boolean) {
		this.#source = source;
		this.#isOnline = isOnline ?? (() => online.current ?? true);
		if (!source) this.#phase = 'no-engine';
	}

	get phase(): Phase {
		return this.#phase;
	}
	/** Every voice the engine lists. */
	get list(): VoiceInfo[] {
		return this.#list;
	}
	get #offline(): boolean {
		return !this.#isOnline();
	}

	/**
	 * Wait for voices; true once there are some. When none arrive in time, say so, but keep
	 * waiting a while; false if none came, or `going()` is false by then (closed, or the reader
	 * chose to try without).
	 */
	async load(going: () => boolean): Promise<boolean> {
		if (!this.#source) return false;
		let voices = await loadVoices(this.#source);
		if (voices.length === 0) {
			this.#phase = 'no-voices';
			voices = await loadVoices(this.#source, lateVoicesMs);
			this.#list = voices;
			if (voices.length === 0 || this.#phase !== 'no-voices') return false;
		}
		if (!going()) return false;
		this.#list = voices;
		this.#phase = 'ready';
		return true;
	}

	/** Speak with the browser's default voice although none was listed (some engines can). */
	tryWithout(): void {
		this.#phase = 'ready';
	}

	/** The voices for `lang` first, best first (offline ones first while offline). */
	ranked(lang: string): VoiceInfo[] {
		return rankVoices(this.#list, lang, this.#offline);
	}

	/** The voice for `lang`: the one remembered for it if it can speak now, else the best. */
	for(lang: string): string | undefined {
		const remembered = this.#prefs.voiceFor(languageKey(lang));
		return chooseVoice(this.#list, lang, this.#offline, remembered)?.uri;
	}

	/** The listed voice `uri`, if any. */
	find(uri: string | undefined): VoiceInfo | undefined {
		return this.#list.find((voice) => voice.uri === uri);
	}

	/** The voice needs the network and the device is offline: it will fail. */
	needsNetwork(voice: VoiceInfo | undefined): boolean {
		return this.#offline && voice !== undefined && !voice.local;
	}

	/** Use `uri` for `lang` from now on. */
	remember(lang: string, uri: string): void {
		this.#prefs.rememberVoice(languageKey(lang), uri);
	}
}
