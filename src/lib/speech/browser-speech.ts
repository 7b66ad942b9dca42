/** The browser's speech engine for the player, or undefined when this browser has none. */
import { BrowserSynthesizer, queuesUtterances } from './browser-synthesizer';
import type { ListeningOptions } from './listening.svelte';

export function browserSpeech(): ListeningOptions['speech'] {
	if (typeof window === 'undefined') return undefined;
	if (!('speechSynthesis' in window) || !('SpeechSynthesisUtterance' in window)) return undefined;
	const speech = window.speechSynthesis;
	const queues = queuesUtterances(navigator.userAgent);
	return { synth: new BrowserSynthesizer(speech, { queues }), voices: speech };
}
