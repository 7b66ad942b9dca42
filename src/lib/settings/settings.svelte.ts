import { loadFaces } from '$lib/fonts/load';
import { showReadingFace } from '$lib/fonts/reading-face';
import { Persisted } from '$lib/persisted.svelte';
import { applySettings } from './apply.js';
import { stepFontSize } from './font-size';
import { fontStacks, schema, storageKey } from './schema.js';
import { defaultsOf, settingsFrom, toStored, validSettings } from './settings';
import type { FontId, Settings, SettingsRoot } from './types';

/**
 * The reader settings of this device: read from storage, shown on <html> at every change,
 * saved back, and kept in step with other tabs. When storage is unavailable the settings live
 * in memory for this visit (`saved` says so).
 */
export class ReaderSettings {
	#stored = new Persisted({ key: storageKey, read: settingsFrom, write: toStored });
	#root: SettingsRoot;
	/** The font on <html> now; a new one is shown only once its faces are loaded. */
	#shownFont: FontId;

	constructor(root: SettingsRoot) {
		this.#root = root;
		// The pre-paint script has shown the stored font already.
		this.#shownFont = settingsFrom({
			version: schema.version,
			settings: { font: root.getAttribute('data-folio-font') }
		}).font;
		this.#show(this.#stored.current);
		this.#stored.onOtherTab((value) => this.#show(value));
	}

	get current(): Settings {
		return this.#stored.current;
	}

	set current(next: Settings) {
		const value = validSettings(next);
		this.#stored.save(value);
		this.#show(value);
	}

	/** False when this device refused to store the settings (disabled or full storage). */
	get saved(): boolean {
		return this.#stored.saved;
	}

	/** Change some fields, keep the rest. */
	update(patch: Partial<Settings>): void {
		this.current = { ...this.current, ...patch };
	}

	/** The reading size `steps` steps from `shown` (px) on the size grid; back to the default at 0. */
	stepFontSize(steps: number, shown: number): void {
		this.update({ fontSize: steps === 0 ? null : stepFontSize(shown, steps) });
	}

	/** Put the text layout fields, or the colour fields, back to their defaults. */
	reset(group: 'text' | 'colour'): void {
		this.update(defaultsOf(group));
	}

	#show(value: Settings) {
		// Everything shows at once but a new font, which follows when its faces are loaded: the
		// text neither flashes a fallback nor goes blank (font-display: block) while it downloads.
		applySettings(this.#root, { ...value, font: this.#shownFont }, schema);
		if (value.font === this.#shownFont) return;
		// Serif is Literata, which a first visit shows only once it has been fetched.
		const faces =
			value.font === 'serif' ? showReadingFace(this.#root) : loadFaces(fontStacks[value.font]);
		void faces.then(() => {
			if (this.#stored.current !== value) return;
			this.#shownFont = value.font;
			applySettings(this.#root, value, schema);
		});
	}
}

let instance: ReaderSettings | undefined;

/** The page's one ReaderSettings, created on first use (in the browser only). */
export function readerSettings(): ReaderSettings {
	return (instance ??= new ReaderSettings(document.documentElement));
}
