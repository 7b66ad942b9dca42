import type { Page } from '@playwright/test';

/** How the fake engine behaves. */
export interface FakeSpeechOptions {
	/** Voices getVoices() lists once loaded; none means the no-voices path. */
	voices?: { voiceURI: string; name: string; lang: string; localService: boolean }[];
	/** getVoices() is empty until this long after the page starts, then voiceschanged fires. */
	voicesDelayMs?: number;
	/** Send a word boundary event for each word, after start. */
	boundaries?: boolean;
	/** End each utterance by itself after this long; undefined: the test ends it (`endCurrent`). */
	autoEndMs?: number;
}

export const fakeVoices = [
	{ voiceURI: 'fake-en-local', name: 'Fake English', lang: 'en-US', localService: true },
	{ voiceURI: 'fake-en-net', name: 'Fake Cloud English', lang: 'en-GB', localService: false },
	{ voiceURI: 'fake-fr', name: 'Fake French', lang: 'fr-FR', localService: true }
];

export interface SpokenRecord {
	text: string;
	rate: number;
	lang: string;
	voiceURI: string | null;
}

/**
 * Replace speechSynthesis and SpeechSynthesisUtterance before any page script runs: an
 * EventTarget that works through the utterances it is given in order, as a browser's speech
 * service does, firing start (and boundaries, and end) on timers; what it was given and what
 * started are in `window.__fakeSpeech`.
 */
export async function installFakeSpeech(page: Page, options: FakeSpeechOptions = {}) {
	await page.addInitScript((opts: FakeSpeechOptions) => {
		type Handler = ((event: Event) => void) | null;
		class FakeUtterance extends EventTarget {
			text: string;
			lang = '';
			rate = 1;
			pitch = 1;
			volume = 1;
			voice: { voiceURI: string } | null = null;
			onstart: Handler = null;
			onend: Handler = null;
			onerror: Handler = null;
			onboundary: Handler = null;
			constructor(text = '') {
				super();
				this.text = text;
			}
			fire(type: string, fields: Record<string, unknown> = {}) {
				const event = Object.assign(new Event(type), { utterance: this, ...fields });
				(this as unknown as Record<string, Handler>)[`on${type}`]?.(event);
				this.dispatchEvent(event);
			}
		}
		const started = Date.now();
		const voices = (opts.voices ?? []).map((v, i) => ({ ...v, default: i === 0 }));
		/** Like a browser's speech service: the utterances held, the speaking one first. */
		let held: FakeUtterance[] = [];
		const startSoon = (utterance: FakeUtterance) =>
			setTimeout(() => {
				if (held[0] !== utterance) return;
				state.started = true;
				state.heard.push(utterance.text);
				utterance.fire('start');
				if (opts.boundaries) {
					for (const match of utterance.text.matchAll(/\S+/g)) {
						utterance.fire('boundary', {
							name: 'word',
							charIndex: match.index,
							charLength: match[0].length
						});
					}
				}
				if (opts.autoEndMs !== undefined) {
					setTimeout(() => {
						if (held[0] === utterance) state.endCurrent();
					}, opts.autoEndMs);
				}
			}, 5);
		/** Take the speaking utterance off the queue, tell it `type`, and start the next. */
		const finish = (type: string, fields: Record<string, unknown>) => {
			const utterance = held.shift();
			state.started = false;
			utterance?.fire(type, fields);
			if (held[0]) startSoon(held[0]);
		};
		const state = {
			spoken: [] as SpokenRecord[],
			/** The texts of the utterances that started, in order: what a listener heard. */
			heard: [] as string[],
			/** The utterance speaking has fired `start`. */
			started: false,
			/** How many utterances are held (speaking and waiting). */
			get held() {
				return held.length;
			},
			/** End the utterance being spoken, as the engine would. */
			endCurrent() {
				const utterance = held[0];
				finish('end', { charIndex: utterance?.text.length ?? 0 });
			},
			/** Fail the utterance being spoken with `code`. */
			failCurrent(code: string) {
				finish('error', { error: code });
			}
		};
		const synth = Object.assign(new EventTarget(), {
			get speaking() {
				return held.length > 0;
			},
			get pending() {
				return held.length > 1;
			},
			paused: false,
			onvoiceschanged: null as Handler,
			getVoices: () => (Date.now() - started >= (opts.voicesDelayMs ?? 0) ? voices : []),
			speak(utterance: FakeUtterance) {
				state.spoken.push({
					text: utterance.text,
					rate: utterance.rate,
					lang: utterance.lang,
					voiceURI: utterance.voice?.voiceURI ?? null
				});
				held.push(utterance);
				if (held.length === 1) startSoon(utterance);
			},
			/** Like Chrome: `interrupted` for the one speaking, `canceled` for those waiting. */
			cancel() {
				const [speaking, ...waiting] = held;
				held = [];
				state.started = false;
				setTimeout(() => {
					speaking?.fire('error', { error: 'interrupted' });
					for (const utterance of waiting) utterance.fire('error', { error: 'canceled' });
				}, 1);
			},
			pause() {},
			resume() {}
		});
		if (opts.voicesDelayMs) {
			setTimeout(() => synth.dispatchEvent(new Event('voiceschanged')), opts.voicesDelayMs);
		}
		Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
		Object.defineProperty(window, 'SpeechSynthesisUtterance', {
			value: FakeUtterance,
			configurable: true
		});
		Object.defineProperty(window, '__fakeSpeech', { value: state });
	}, options);
}

type FakeState = {
	spoken: SpokenRecord[];
	heard: string[];
	held: number;
	started: boolean;
	endCurrent(): void;
	failCurrent(code: string): void;
};

/** Every utterance the fake engine was handed so far, those queued ahead included. */
export function spoken(page: Page): Promise<SpokenRecord[]> {
	return page.evaluate(
		() => (window as unknown as { __fakeSpeech: FakeState }).__fakeSpeech.spoken
	);
}

/** The texts of the utterances that started so far: what a listener heard, in order. */
export function heard(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __fakeSpeech: FakeState }).__fakeSpeech.heard);
}

/** How many utterances the fake engine holds: the one speaking and those queued behind it. */
export function held(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __fakeSpeech: FakeState }).__fakeSpeech.held);
}

/** Wait until an utterance is being spoken (it has started), then end it. */
export async function endCurrent(page: Page): Promise<void> {
	await page.waitForFunction(
		() => (window as unknown as { __fakeSpeech: FakeState }).__fakeSpeech.started
	);
	await page.evaluate(() =>
		(window as unknown as { __fakeSpeech: FakeState }).__fakeSpeech.endCurrent()
	);
}
