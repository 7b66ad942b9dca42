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
 * EventTarget whose speak() fires start (and boundaries, and end) on timers, and records what
 * was spoken in `window.__fakeSpeech`.
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
		const state = {
			spoken: [] as SpokenRecord[],
			current: null as FakeUtterance | null,
			/** The current utterance has fired `start`. */
			started: false,
			/** End the utterance being spoken, as the engine would. */
			endCurrent() {
				const utterance = state.current;
				state.current = null;
				state.started = false;
				utterance?.fire('end', { charIndex: utterance.text.length });
			},
			/** Fail the utterance being spoken with `code`. */
			failCurrent(code: string) {
				const utterance = state.current;
				state.current = null;
				state.started = false;
				utterance?.fire('error', { error: code });
			}
		};
		const synth = Object.assign(new EventTarget(), {
			speaking: false,
			pending: false,
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
				state.current = utterance;
				state.started = false;
				setTimeout(() => {
					if (state.current !== utterance) return;
					state.started = true;
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
							if (state.current === utterance) state.endCurrent();
						}, opts.autoEndMs);
					}
				}, 5);
			},
			cancel() {
				const utterance = state.current;
				state.current = null;
				state.started = false;
				if (utterance) setTimeout(() => utterance.fire('error', { error: 'interrupted' }), 1);
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
	started: boolean;
	endCurrent(): void;
	failCurrent(code: string): void;
};

/** What the fake engine was asked to speak so far. */
export function spoken(page: Page): Promise<SpokenRecord[]> {
	return page.evaluate(
		() => (window as unknown as { __fakeSpeech: FakeState }).__fakeSpeech.spoken
	);
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
