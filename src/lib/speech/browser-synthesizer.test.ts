import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserSynthesizer, queuesUtterances } from './browser-synthesizer';

/** Enough of SpeechSynthesisUtterance for the synthesizer: its text and handlers. */
class Utterance {
	lang = '';
	rate = 1;
	voice: unknown;
	onstart?: () => void;
	onend?: () => void;
	onerror?: (event: { error: string }) => void;
	onboundary?: (event: { name: string; charIndex: number; charLength?: number }) => void;
	constructor(readonly text: string) {}
}

function fakeSpeech() {
	const spoken: Utterance[] = [];
	const speech = {
		spoken,
		speaking: false,
		pending: false,
		speak: (utterance: Utterance) => spoken.push(utterance),
		cancel: vi.fn(),
		getVoices: () => []
	};
	return speech;
}

const events = () => ({ start: vi.fn(), end: vi.fn(), error: vi.fn(), boundary: vi.fn() });
const say = { text: 'One.', lang: 'en', rate: 1 };

describe('BrowserSynthesizer', () => {
	beforeEach(() => vi.stubGlobal('SpeechSynthesisUtterance', Utterance));
	afterEach(() => vi.unstubAllGlobals());

	it('reports an end from a task of its own, never from inside the utterance’s end event', async () => {
		const speech = fakeSpeech();
		const synth = new BrowserSynthesizer(speech as unknown as SpeechSynthesis, { queues: true });
		const heard = events();
		synth.speak(say, heard);
		speech.spoken[0].onstart?.();
		expect(heard.start).toHaveBeenCalledOnce();
		speech.spoken[0].onend?.();
		expect(heard.end).not.toHaveBeenCalled();
		// Busy until the end is reported, though the browser has stopped speaking.
		expect(synth.busy()).toBe(true);
		// A MessageChannel task: Node does not order it against a timer, so wait for it.
		await vi.waitFor(() => expect(heard.end).toHaveBeenCalledOnce());
		expect(synth.busy()).toBe(false);
		speech.speaking = true;
		expect(synth.busy()).toBe(true);
	});

	it('passes errors, word boundaries, rate and language through at once', () => {
		const speech = fakeSpeech();
		const synth = new BrowserSynthesizer(speech as unknown as SpeechSynthesis, { queues: true });
		const heard = events();
		synth.speak({ text: 'Two words.', lang: 'uk', rate: 1.5 }, heard);
		const [utterance] = speech.spoken;
		expect([utterance.text, utterance.lang, utterance.rate]).toEqual(['Two words.', 'uk', 1.5]);
		utterance.onboundary?.({ name: 'word', charIndex: 4, charLength: 5 });
		utterance.onboundary?.({ name: 'sentence', charIndex: 0 });
		expect(heard.boundary.mock.calls).toEqual([[4, 5]]);
		utterance.onerror?.({ error: 'interrupted' });
		expect(heard.error).toHaveBeenCalledWith('interrupted');
	});
});

describe('which browsers work through queued utterances themselves', () => {
	const agents = {
		'Chrome on Android':
			'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
		'Samsung Internet':
			'Mozilla/5.0 (Linux; Android 14; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/28.0 Chrome/130.0.0.0 Mobile Safari/537.36',
		'headless Chromium':
			'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/142.0.0.0 Safari/537.36',
		'Firefox on Android': 'Mozilla/5.0 (Android 15; Mobile; rv:145.0) Gecko/145.0 Firefox/145.0',
		'Safari on iPhone':
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
		'Chrome on iPhone':
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/142.0.0.0 Mobile/15E148 Safari/604.1',
		WebKitGTK:
			'Mozilla/5.0 (X11; Ubuntu; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15'
	};

	it('Chromium and Gecko queue; WebKit, under any name, one at a time', () => {
		const queues = Object.fromEntries(
			Object.entries(agents).map(([name, agent]) => [name, queuesUtterances(agent)])
		);
		expect(queues).toEqual({
			'Chrome on Android': true,
			'Samsung Internet': true,
			'headless Chromium': true,
			'Firefox on Android': true,
			'Safari on iPhone': false,
			'Chrome on iPhone': false,
			WebKitGTK: false
		});
	});
});
