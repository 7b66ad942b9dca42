import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '$lib/article/types';
import { getPosition, savePosition } from '$lib/progress/positions';
import { FakeSynthesizer } from './fake-synthesizer';
import { Listening } from './listening.svelte';
import type { VoiceSource } from './voices';

const sentence = (id: string) => ({ id, spans: [{ text: `Words of ${id}.` }] });
const article = {
	slug: 'story',
	title: 'Title',
	byline: 'By Me',
	lang: 'en',
	summary: '',
	source: { name: 'S' },
	stats: { words: 0, characters: 0, sentences: 0, readingMinutes: 1, listeningMinutes: 1 },
	titleSentence: sentence('b0-1'),
	blocks: [
		{ id: 'b1', kind: 'paragraph', sentences: [sentence('b1-1'), sentence('b1-2')] },
		{ id: 'b2', kind: 'paragraph', sentences: [sentence('b2-1')] }
	]
} satisfies Article;

class Voices extends EventTarget implements VoiceSource {
	list: ReturnType<VoiceSource['getVoices']> = [];
	getVoices() {
		return this.list;
	}
}
const enVoice = { voiceURI: 'en-1', name: 'En', lang: 'en-US', localService: true, default: true };

let synth: FakeSynthesizer;
let voices: Voices;
beforeEach(() => {
	const items = new Map<string, string>();
	vi.stubGlobal('localStorage', {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => items.set(k, v),
		removeItem: (k: string) => items.delete(k)
	});
	synth = new FakeSynthesizer();
	voices = new Voices();
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

const listen = (startAt?: string) =>
	new Listening(article, { speech: { synth, voices }, startAt, online: () => true });

describe('listening on an article', () => {
	it('saves the position as sentences start, and marks the article read at the end', async () => {
		voices.list = [enVoice];
		const listening = listen();
		await listening.start();
		expect(synth.last).toMatchObject({ text: 'Words of b0-1.', voiceUri: 'en-1' });
		synth.finishLast();
		synth.last.events.start();
		expect(getPosition('story')?.sentenceId).toBe('b1-1');
		listening.pause();
		expect(listening.currentId).toBe('b1-1');
		expect(getPosition('story')?.sentenceId).toBe('b1-1');
		listening.play();
		for (let i = 0; i < 3; i++) synth.finishLast();
		expect(listening.status).toBe('ended');
		expect(getPosition('story')).toMatchObject({ sentenceId: 'b0-1', progress: 1 });
		expect(getPosition('story')?.readAt).toBeTypeOf('number');
	});

	it('continues from a saved position', async () => {
		voices.list = [enVoice];
		savePosition('story', 'b1-2');
		const listening = listen(getPosition('story')?.sentenceId);
		expect(listening.currentId).toBe('b1-2');
		await listening.start();
		expect(synth.spoken.map((u) => u.text)).toEqual(['Words of b1-2.']);
	});

	it('remembers speed and the voice for the language', async () => {
		voices.list = [enVoice, { ...enVoice, voiceURI: 'en-2', default: false }];
		const first = listen();
		await first.start();
		first.setRate(1.5);
		first.setVoice('en-2');
		first.stop();
		const second = listen();
		await second.start();
		expect(synth.last).toMatchObject({ rate: 1.5, voiceUri: 'en-2' });
		expect(second.minutesLeft).toBeCloseTo(12 / (150 * 1.5), 5);
	});

	it('says when no voice arrives, then starts if voices come late', async () => {
		const listening = listen();
		const started = listening.start();
		await vi.advanceTimersByTimeAsync(8000);
		expect(listening.phase).toBe('no-voices');
		expect(synth.spoken).toHaveLength(0);
		voices.list = [enVoice];
		await vi.advanceTimersByTimeAsync(500);
		await started;
		expect(listening.phase).toBe('ready');
		expect(synth.spoken).toHaveLength(1);
	});

	it('explains a missing engine instead of failing', async () => {
		const listening = new Listening(article, { speech: undefined });
		await listening.start();
		expect(listening.phase).toBe('no-engine');
	});
});
