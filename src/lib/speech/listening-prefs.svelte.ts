/**
 * The listening preferences as reactive state that persists: read from storage once, written
 * back whole on every change (prefs.ts validates both ways).
 */
import { readPrefs, writePrefs, type ListeningPrefs } from './prefs';

export class PersistedListeningPrefs {
	#prefs = $state<ListeningPrefs>(readPrefs());

	get rate(): number {
		return this.#prefs.rate;
	}
	set rate(rate: number) {
		this.#change({ rate });
	}
	/** Keep the screen on while listening. */
	get wakeLock(): boolean {
		return this.#prefs.wakeLock;
	}
	set wakeLock(on: boolean) {
		this.#change({ wakeLock: on });
	}
	/** Play the near-silent tone while speaking (keep-audible.ts). */
	get keepAudible(): boolean {
		return this.#prefs.keepAudible;
	}
	set keepAudible(on: boolean) {
		this.#change({ keepAudible: on });
	}
	/** Mark an article read when it has been heard to the end. */
	get markRead(): boolean {
		return this.#prefs.markRead;
	}
	set markRead(on: boolean) {
		this.#change({ markRead: on });
	}
	/** The voice chosen last for a primary language (`en`). */
	voiceFor(language: string): string | undefined {
		return this.#prefs.voices[language];
	}
	rememberVoice(language: string, uri: string): void {
		this.#change({ voices: { ...this.#prefs.voices, [language]: uri } });
	}

	#change(change: Partial<ListeningPrefs>): void {
		this.#prefs = { ...this.#prefs, ...change };
		writePrefs(this.#prefs);
	}
}
