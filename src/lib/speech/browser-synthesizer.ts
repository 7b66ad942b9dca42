/**
 * The engine's synthesizer in the page: window.speechSynthesis, one SpeechSynthesisUtterance
 * per sentence. Never calls pause() or resume() (see engine.ts).
 */
import type { Synthesizer, Utterance, UtteranceEvents } from './synthesizer';

/**
 * Run `fn` in a task of its own. A MessageChannel task, not a timer: timers in a hidden page are
 * throttled to once a second or less, and listening goes on with the screen locked.
 */
function inNextTask(fn: () => void): void {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		fn();
	};
	channel.port2.postMessage(undefined);
}

/** Marked on the first speak() call, to measure the time from pressing Listen. */
export const firstSpeakMark = 'folio:first-speak';

export class BrowserSynthesizer implements Synthesizer {
	#speech: SpeechSynthesis;
	/** Utterances in flight: Chrome stops sending events for an utterance it garbage-collects. */
	#alive = new Set<SpeechSynthesisUtterance>();
	#marked = false;

	constructor(speech: SpeechSynthesis) {
		this.#speech = speech;
	}

	speak({ text, lang, rate, voiceUri }: Utterance, events: UtteranceEvents): void {
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = lang;
		utterance.rate = rate;
		const voice = voiceUri
			? this.#speech.getVoices().find((v) => v.voiceURI === voiceUri)
			: undefined;
		if (voice) utterance.voice = voice;
		const done = () => this.#alive.delete(utterance);
		utterance.onstart = () => events.start();
		// The engine speaks the next sentence when this one ends. WebKit starts an utterance
		// spoken from inside the previous one's `end` event but never ends it (WebKitGTK 2.50,
		// reproduced in tests/engines.spec.ts): report the end from a task of its own.
		utterance.onend = () => {
			done();
			inNextTask(() => events.end());
		};
		utterance.onerror = (event) => {
			done();
			events.error(event.error);
		};
		utterance.onboundary = (event) => {
			if (event.name === 'word') events.boundary(event.charIndex, event.charLength ?? 0);
		};
		this.#alive.add(utterance);
		if (!this.#marked) {
			this.#marked = true;
			performance.mark(firstSpeakMark);
		}
		this.#speech.speak(utterance);
	}

	cancel(): void {
		this.#speech.cancel();
	}
}
