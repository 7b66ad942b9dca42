import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserSynthesizer } from './browser-synthesizer';

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
		const synth = new BrowserSynthesizer(speech as unknown as SpeechSynthesis);
		const heard = events();
		synth.speak(say, heard);
		speech.spoken[0].onstart?.();
		expect(heard.start).toHaveBeenCalledOnce();
		speech.spoken[0].onend?.();
		expect(heard.end).not.toHaveBeenCalled();
		// A MessageChannel task: Node does not order it against a timer, so wait for it.
		await vi.waitFor(() => expect(heard.end).toHaveBeenCalledOnce());
	});

	it('passes errors, word boundaries, rate and language through at once', () => {
		const speech = fakeSpeech();
		const synth = new BrowserSynthesizer(speech as unknown as SpeechSynthesis);
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
