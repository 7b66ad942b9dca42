import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '$lib/article/types';
import { getPosition, savePosition } from '$lib/progress/positions';
import { FakeSynthesizer } from '../../../tests/doubles/fake-synthesizer';
import type { UpNextItem } from '$lib/up-next/up-next';
import { listeningArticle, type ListeningArticle } from './listening-file';
import { Listening } from './listening.svelte';
import { listeningPrefs } from './prefs';
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
	new Listening(listeningArticle(article), {
		speech: { synth, voices },
		startAt,
		online: () => true
	});

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
		expect(listening.engine?.status).toBe('ended');
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
		expect(listening.voices.phase).toBe('no-voices');
		expect(synth.spoken).toHaveLength(0);
		voices.list = [enVoice];
		await vi.advanceTimersByTimeAsync(500);
		await started;
		expect(listening.voices.phase).toBe('ready');
		expect(synth.spoken).toHaveLength(1);
	});

	it('explains a missing engine instead of failing', async () => {
		const listening = new Listening(listeningArticle(article), { speech: undefined });
		await listening.start();
		expect(listening.voices.phase).toBe('no-engine');
	});
});

describe('going on through Up next', () => {
	const other = (slug: string, lang = 'en'): ListeningArticle => ({
		slug,
		title: `Title of ${slug}`,
		byline: 'By Them',
		lang,
		readingMinutes: 1,
		items: [
			{ id: 'b0-1', text: `Title of ${slug}`, blockId: 'b0', words: 3 },
			{ id: 'b1-1', text: `Body of ${slug}.`, blockId: 'b1', words: 3 }
		]
	});
	/** Up next as a plain list, changed as the shared one is. */
	class List {
		items: UpNextItem[];
		constructor(slugs: string[]) {
			this.items = slugs.map((slug) => ({ slug, title: `Title of ${slug}`, minutes: 1 }));
		}
		remove(slug: string) {
			this.items = this.items.filter((item) => item.slug !== slug);
		}
		listenNext(item: UpNextItem) {
			this.items = [item, ...this.items.filter((i) => i.slug !== item.slug)];
		}
	}
	const loaded: string[] = [];
	const listenWith = (list: List, missing: string[] = []) =>
		new Listening(listeningArticle(article), {
			speech: { synth, voices },
			online: () => true,
			upNext: list,
			betweenMs: 1500,
			load: async (slug) => {
				loaded.push(slug);
				if (missing.includes(slug)) throw new Error('not saved');
				return other(slug);
			}
		});
	/** Speak the rest of the story to its end. */
	const finishStory = () => {
		for (let i = 0; i < 4; i++) synth.finishLast();
	};

	it('marks the article read, keeps quiet a moment, then speaks the next one’s title', async () => {
		voices.list = [enVoice];
		const list = new List(['next-one', 'after']);
		const listening = listenWith(list);
		await listening.start();
		finishStory();
		expect(getPosition('story')?.readAt).toBeTypeOf('number');
		// Between the two, it counts as playing: the keep-audible tone goes on.
		expect(listening.playing).toBe(true);
		const spokenBefore = synth.spoken.length;
		await vi.advanceTimersByTimeAsync(1499);
		expect(synth.spoken).toHaveLength(spokenBefore);
		await vi.advanceTimersByTimeAsync(1);
		expect(listening.article.slug).toBe('next-one');
		expect(synth.last.text).toBe('Title of next-one');
		expect(listening.engine?.status).toBe('playing');
		expect(list.items.map((i) => i.slug)).toEqual(['after']);
		synth.finishLast();
		synth.last.events.start();
		expect(getPosition('next-one')?.sentenceId).toBe('b1-1');
	});

	it('skips an article that cannot be loaded offline, and says so', async () => {
		voices.list = [enVoice];
		const listening = listenWith(new List(['gone', 'kept']), ['gone']);
		await listening.start();
		finishStory();
		await vi.advanceTimersByTimeAsync(1500);
		expect(listening.article.slug).toBe('kept');
		expect(listening.notice.text).toBe(
			'“Title of gone” is not saved on this device, so it was skipped.'
		);
	});

	it('stops at the end of the article when the sleep timer says so, and goes on with End of Up next', async () => {
		voices.list = [enVoice];
		const stopping = listenWith(new List(['next-one']));
		await stopping.start();
		stopping.setSleep('end');
		finishStory();
		await vi.advanceTimersByTimeAsync(5000);
		expect(stopping.engine?.status).toBe('ended');
		expect(stopping.article.slug).toBe('story');
		expect(stopping.sleep.choice).toBe('off');
		stopping.stop();

		const going = listenWith(new List(['next-one']));
		await going.start();
		going.setSleep('queue');
		finishStory();
		await vi.advanceTimersByTimeAsync(1500);
		expect(going.article.slug).toBe('next-one');
		expect(going.sleep.choice).toBe('queue');
		for (let i = 0; i < 2; i++) synth.finishLast();
		expect(going.engine?.status).toBe('ended');
		expect(going.sleep.choice).toBe('off');
	});

	it('leaves the article unread when the reader turned marking off', async () => {
		voices.list = [enVoice];
		const listening = listenWith(new List([]));
		listeningPrefs().markRead = false;
		await listening.start();
		finishStory();
		expect(getPosition('story')?.readAt).toBeUndefined();
		expect(getPosition('story')?.sentenceId).toBe('b0-1');
	});

	it('a pause in the quiet between articles holds: the next one waits, paused', async () => {
		voices.list = [enVoice];
		const listening = listenWith(new List(['next-one']));
		await listening.start();
		finishStory();
		listening.pause();
		expect(listening.playing).toBe(false);
		await vi.advanceTimersByTimeAsync(1500);
		expect(listening.article.slug).toBe('next-one');
		expect(listening.playing).toBe(false);
		expect(synth.last.text).not.toBe('Title of next-one');
		listening.play();
		expect(synth.last.text).toBe('Title of next-one');
	});

	it('the sleep timer holds across articles: its time coming in the quiet keeps the next one paused', async () => {
		voices.list = [enVoice];
		const listening = listenWith(new List(['next-one', 'after']));
		await listening.start();
		listening.setSleep('5');
		await vi.advanceTimersByTimeAsync(5 * 60_000 - 1000);
		finishStory();
		await vi.advanceTimersByTimeAsync(1500);
		expect(listening.article.slug).toBe('next-one');
		expect(listening.playing).toBe(false);
		expect(synth.last.text).not.toBe('Title of next-one');
		expect(listening.sleep.choice).toBe('off');
	});

	it('a place the reader chooses in the quiet wins, and the next article goes back to the front', async () => {
		voices.list = [enVoice];
		const list = new List(['next-one']);
		const listening = listenWith(list);
		await listening.start();
		finishStory();
		listening.speakFrom('b1-1');
		await vi.advanceTimersByTimeAsync(1500);
		expect(listening.article.slug).toBe('story');
		expect(synth.last.text).toBe('Words of b1-1.');
		expect(list.items.map((i) => i.slug)).toEqual(['next-one']);
	});

	it('closing in the quiet keeps the next article in Up next', async () => {
		voices.list = [enVoice];
		const list = new List(['next-one', 'after']);
		const listening = listenWith(list);
		await listening.start();
		finishStory();
		listening.stop();
		await vi.advanceTimersByTimeAsync(1500);
		expect(list.items.map((i) => i.slug)).toEqual(['next-one', 'after']);
	});

	it('next and previous track move between articles', async () => {
		voices.list = [enVoice];
		const list = new List(['next-one']);
		const listening = listenWith(list);
		await listening.start();
		expect([listening.hasNextArticle, listening.hasPreviousArticle]).toEqual([true, false]);
		listening.nextArticle();
		await vi.advanceTimersByTimeAsync(0);
		expect(listening.article.slug).toBe('next-one');
		expect(synth.last.text).toBe('Title of next-one');
		// Skipped, not heard to the end: not marked read.
		expect(getPosition('story')?.readAt).toBeUndefined();
		listening.previousArticle();
		expect(listening.article.slug).toBe('story');
		expect(synth.last.text).toBe('Words of b0-1.');
		expect(list.items.map((i) => i.slug)).toEqual(['next-one']);
	});
});
