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

/**
 * Whether this browser's speech service works through queued utterances by itself. Chromium
 * keeps the queue in its browser process and Gecko in its speech service, so they go on while a
 * locked phone holds the page back. WebKit keeps its queue in the page's own process, starting
 * each utterance when the previous one completes, so queueing ahead gains nothing there; and
 * WebKitGTK 2.50 starts a queued utterance but never ends it (tests/engines). Every browser on
 * an iPhone is WebKit, whatever its name (CriOS, FxiOS), and no WebKit says Chrome/.
 */
export function queuesUtterances(userAgent: string): boolean {
	return !/AppleWebKit\//.test(userAgent) || /\b(Chrome|Chromium|HeadlessChrome)\//.test(userAgent);
}

export class BrowserSynthesizer implements Synthesizer {
	readonly queues: boolean;
	#speech: SpeechSynthesis;
	/** Ends heard and not yet reported (they are reported from a task of their own). */
	#reporting = 0;
	/** Utterances in flight: Chrome stops sending events for an utterance it garbage-collects. */
	#alive = new Set<SpeechSynthesisUtterance>();
	#marked = false;

	constructor(speech: SpeechSynthesis, { queues }: { queues: boolean }) {
		this.#speech = speech;
		this.queues = queues;
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
		// One at a time, the engine speaks the next sentence when this one ends. WebKit starts an
		// utterance spoken from inside the previous one's `end` event but never ends it
		// (WebKitGTK 2.50, reproduced in tests/engines.spec.ts): report the end from a task of
		// its own.
		utterance.onend = () => {
			done();
			this.#reporting++;
			inNextTask(() => {
				this.#reporting--;
				events.end();
			});
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

	busy(): boolean {
		return this.#speech.speaking || this.#speech.pending || this.#reporting > 0;
	}
}
