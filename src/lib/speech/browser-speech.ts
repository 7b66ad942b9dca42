/** The browser's speech engine for the player, or undefined when this browser has none. */
import { BrowserSynthesizer } from './browser-synthesizer';
import type { ListeningOptions } from './listening.svelte';

export function browserSpeech(): ListeningOptions['speech'] {
	if (typeof window === 'undefined') return undefined;
	if (!('speechSynthesis' in window) || !('SpeechSynthesisUtterance' in window)) return undefined;
	return { synth: new BrowserSynthesizer(window.speechSynthesis), voices: window.speechSynthesis };
}
