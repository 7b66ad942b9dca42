import type { Component } from 'svelte';

/** What a panel is given: its dialog's close event goes to `onclose`. */
export interface PanelProps {
	onclose: (event: Event) => void;
}

/**
 * A panel in a modal dialog whose code loads on its first opening, and which is mounted anew at
 * each opening. A dialog's close event comes a task after it closes, so a reader who presses
 * Esc and then Enter at once has reopened it before that event: the late event comes from the
 * replaced dialog, no longer in the page, and must not close the new one.
 */
export class LazyDialog {
	/** The panel, once loaded. */
	component = $state<Component<PanelProps>>();
	/** Which opening is showing (each opening gets the next number), or 0 when none is. */
	shown = $state(0);
	#openings = 0;
	#load: () => Promise<{ default: Component<PanelProps> }>;

	constructor(load: () => Promise<{ default: Component<PanelProps> }>) {
		this.#load = load;
	}

	/** Load the panel if need be, then show a new opening of it. */
	async open(): Promise<void> {
		this.component ??= (await this.#load()).default;
		this.shown = ++this.#openings;
	}

	/** The panel's dialog closed: end the opening, unless that dialog was replaced already. */
	close = (event: Event): void => {
		const dialog = event.target as { isConnected?: boolean } | null;
		if (dialog?.isConnected === false) return;
		this.shown = 0;
	};
}
