/**
 * The state of read-aloud for the player's components: the article playing and its engine (the
 * one source of what is playing, exposed reactively), the voices, the preferences and the saved
 * position; at an article's end, on to the next in Up next (continuation.ts). Created in the
 * browser on first use.
 */
import { createSubscriber } from 'svelte/reactivity';
import { online } from 'svelte/reactivity/window';
import { startSentenceId, updatePosition } from '$lib/progress/positions';
import { progressAt } from '$lib/progress/place';
import { SpeechEngine, type Status, type WordRange } from './engine';
import { listeningPrefs } from './prefs';
import { Continuation, upNextItemOf, type LoadArticle, type UpNextList } from './continuation';
import type { ListeningArticle } from './listening-file';
import { remainingMinutes } from './queue';
import { SleepTimer, type SleepChoice } from './sleep-timer';
import type { Synthesizer } from './synthesizer';
import { sentenceNearest, timelineAt } from './timeline';
import {
	chooseVoice,
	languageKey,
	loadVoices,
	rankVoices,
	type VoiceInfo,
	type VoiceSource
} from './voices';

/** After the no-voices message, voices that still arrive within this long start listening. */
const lateVoicesMs = 60_000;
/**
 * A sleep timer that fires later than this ran in a page the phone held back: the engine's
 * events, arriving late too, say where speech stopped, so the timer cuts nothing itself.
 */
const lateTimerMs = 2000;
/** How long the note about picking speech up again stays. */
const noticeMs = 8000;

export const resumedNotice =
	'Speech stopped while the screen was off. Picked up at the sentence where it stopped.';

/** Before speech can start: looking for voices, no engine at all, or no voice arrived. */
export type Phase = 'loading' | 'ready' | 'no-engine' | 'no-voices';

/** The quiet between two articles of Up next, before the next one's title. */
export const betweenArticlesMs = 1500;

export interface ListeningOptions {
	/** Undefined when the browser has no speechSynthesis. */
	speech: { synth: Synthesizer; voices: VoiceSource } | undefined;
	startAt?: string;
	/** Whether the device is online now, read reactively; Svelte's window `online` by default. */
	online?: () => boolean;
	/** Up next (src/lib/up-next), and how to load an article from it; none: one article only. */
	upNext?: UpNextList;
	load?: LoadArticle;
	/** The quiet between two articles, ms. */
	betweenMs?: number;
}

export class Listening {
	#article = $state.raw<ListeningArticle>() as ListeningArticle;
	#queue = $derived(this.#article.items);
	#engine: SpeechEngine | undefined;
	#synth: Synthesizer | undefined;
	#upNext: UpNextList | undefined;
	#continuation: Continuation;
	#betweenMs: number;
	/** Between two articles of Up next: going on playing, or paused meanwhile. */
	#between = $state<'playing' | 'paused' | undefined>();
	/** Bumped when the reader chooses a place: a pending move to the next article gives way. */
	#choice = 0;
	/** The sleep timer's time (ms since the epoch), kept across articles until it is reached. */
	#sleepAt: number | undefined;
	#voiceSource: VoiceSource | undefined;
	#sleep: SleepTimer;
	#prefs = listeningPrefs();
	#phase = $state<Phase>('loading');
	#voices = $state<VoiceInfo[]>([]);
	#sleepChoice = $state<SleepChoice>('off');
	#notice = $state<string>();
	#noticeTimer: ReturnType<typeof setTimeout> | undefined;
	#isOnline: () => boolean;
	#closed = false;
	/** Tells whoever reads the engine's state through this object that it changed. */
	#engineChanged: (() => void) | undefined;
	#subscribe = createSubscriber((update) => {
		this.#engineChanged = update;
		return () => (this.#engineChanged = undefined);
	});

	/** The index, changed once a sentence (not on every word, as the engine's changes are). */
	#at = $derived.by(() => this.index);
	#rateNow = $derived.by(() => this.rate);
	/** The sentence being spoken, or where speaking will start. */
	readonly currentId = $derived.by(() => this.#queue[this.#at]?.id);
	readonly minutesLeft = $derived.by(() => remainingMinutes(this.#queue, this.#at, this.#rateNow));
	/** The article as a track for the lock screen: its length and the position, in seconds. */
	readonly timeline = $derived.by(() => timelineAt(this.#queue, this.#at, this.#rateNow));
	readonly voice = $derived.by(() => this.#voices.find((v) => v.uri === this.#voiceUri));
	/** The chosen voice needs the network and the device is offline: it will fail. */
	readonly voiceNeedsNetwork = $derived(
		!this.online && this.voice !== undefined && !this.voice.local
	);
	/** The voices for the article's language first, best first. */
	readonly rankedVoices = $derived.by(() => rankVoices(this.#voices, this.#lang, !this.online));

	get #lang() {
		return this.#article.lang;
	}

	constructor(article: ListeningArticle, options: ListeningOptions) {
		this.#article = article;
		this.#upNext = options.upNext;
		this.#continuation = new Continuation(options.upNext, options.load);
		this.#betweenMs = options.betweenMs ?? betweenArticlesMs;
		this.#isOnline = options.online ?? (() => online.current ?? true);
		this.#sleep = new SleepTimer((lateMs) => {
			if (lateMs < lateTimerMs) this.#engine?.stopAfterSentence();
			// In the quiet between two articles: the next one waits, paused.
			if (this.#between) this.#between = 'paused';
			this.#sleepChoice = 'off';
		});
		if (!options.speech) {
			this.#phase = 'no-engine';
			return;
		}
		this.#voiceSource = options.speech.voices;
		this.#synth = options.speech.synth;
		this.#engine = this.#engineFor(article, this.#prefs.rate);
		if (options.startAt) this.#engine.seek(options.startAt);
		// The article playing is not "next" any more.
		this.#upNext?.remove(article.slug);
	}

	#engineFor(article: ListeningArticle, rate: number, voiceUri?: string): SpeechEngine {
		return new SpeechEngine(article.items, this.#synth!, {
			lang: article.lang,
			rate,
			voiceUri,
			onChange: () => this.#engineChanged?.(),
			onPosition: (id) => this.#savePlace(id),
			onEnd: () => this.#articleEnded(),
			onSleep: () => {
				this.#sleep.cancel();
				this.#sleepAt = undefined;
				this.#sleepChoice = 'off';
			}
		});
	}

	/** Go on through `upNext` at the end of each article (src/lib/up-next, loaded lazily). */
	useUpNext(upNext: UpNextList): void {
		this.#upNext = upNext;
		this.#continuation.upNext = upNext;
		upNext.remove(this.#article.slug);
	}

	/** The article playing (or paused, or about to play). */
	get article(): ListeningArticle {
		return this.#article;
	}

	/** Read the engine (or `fallback` without one), tracked by Svelte where it is read. */
	#fromEngine<T>(read: (engine: SpeechEngine) => T, fallback: T): T {
		this.#subscribe();
		return this.#engine ? read(this.#engine) : fallback;
	}
	get #voiceUri() {
		return this.#fromEngine((engine) => engine.voiceUri, undefined);
	}

	get phase() {
		return this.#phase;
	}
	get status(): Status {
		return this.#fromEngine((engine) => engine.status, 'stopped');
	}
	get index(): number {
		return this.#fromEngine((engine) => engine.index, 0);
	}
	get word(): WordRange | undefined {
		return this.#fromEngine((engine) => engine.word, undefined);
	}
	get error(): string | undefined {
		return this.#fromEngine((engine) => engine.error, undefined);
	}
	get rate(): number {
		return this.#fromEngine((engine) => engine.rate, this.#prefs.rate);
	}
	get voices() {
		return this.#voices;
	}
	get sleep() {
		return this.#sleepChoice;
	}
	/** A short note on what Folio did by itself (picked speech up again), or undefined. */
	get notice() {
		return this.#notice;
	}
	get online(): boolean {
		return this.#isOnline();
	}
	/** Speaking, or in the quiet before the next article of Up next. */
	get playing() {
		return this.status === 'playing' || this.#between === 'playing';
	}
	/** Whether there is an article to go on to in Up next (the lock screen's next track). */
	get hasNextArticle() {
		this.#subscribe();
		return this.#continuation.hasNext;
	}
	/** Whether an article was heard before this one (the lock screen's previous track). */
	get hasPreviousArticle() {
		this.#subscribe();
		return this.#continuation.hasPrevious;
	}

	/**
	 * Wait for voices, pick one, then speak from the current sentence. When none arrive in
	 * time, say so, but keep waiting a while: a busy machine's engine can be slow to list them.
	 */
	async start(): Promise<void> {
		const source = this.#voiceSource;
		if (!this.#engine || !source) return;
		let voices = await loadVoices(source);
		if (voices.length === 0) {
			this.#phase = 'no-voices';
			voices = await loadVoices(source, lateVoicesMs);
			this.#voices = voices;
			if (voices.length === 0 || this.#phase !== 'no-voices' || this.#closed) return;
		}
		if (this.#closed) return;
		this.#voices = voices;
		const remembered = this.#prefs.voiceFor(languageKey(this.#lang));
		this.#engine.setVoice(chooseVoice(voices, this.#lang, !this.online, remembered)?.uri);
		this.#phase = 'ready';
		this.#engine.play();
	}

	/** Speak with the browser's default voice although none was listed (some engines can). */
	tryWithoutVoices(): void {
		this.#phase = 'ready';
		this.#engine?.play();
	}

	toggle() {
		if (this.playing) this.pause();
		else this.play();
	}
	play() {
		if (this.#between) this.#between = 'playing';
		else this.#engine?.play();
	}
	pause() {
		if (this.#between) this.#between = 'paused';
		else this.#engine?.pause();
	}
	stop() {
		this.#closed = true;
		this.#choice++;
		this.#sleep.cancel();
		clearTimeout(this.#noticeTimer);
		this.#engine?.stop();
	}
	/** Go to the sentence nearest `seconds` on the timeline (a seek on the lock screen). */
	seekTo(seconds: number) {
		this.#engine?.moveTo(sentenceNearest(this.#queue, this.rate, seconds));
	}

	/**
	 * The page is in view again. Where the system stopped speech while it was away, speak again
	 * from the sentence where it stopped, and say so.
	 */
	cameBack(): void {
		if (this.#engine?.resumeAfterAway()) this.#say(resumedNotice);
	}
	speakFrom(id: string) {
		this.#chose();
		this.#engine?.speakFrom(id);
	}
	previousSentence() {
		this.#engine?.previousSentence();
	}
	nextSentence() {
		this.#engine?.nextSentence();
	}
	previousParagraph() {
		this.#engine?.previousParagraph();
	}
	nextParagraph() {
		this.#engine?.nextParagraph();
	}

	setRate(rate: number): void {
		this.#engine?.setRate(rate);
		this.#prefs.rate = this.rate;
	}

	/** Use voice `uri` and remember it for this language. */
	setVoice(uri: string): void {
		this.#engine?.setVoice(uri);
		this.#prefs.rememberVoice(languageKey(this.#lang), uri);
	}

	/**
	 * Heard to the end: read (unless the reader turned that off), and the next Listen starts
	 * from the top. Then on to the next article of Up next, unless the sleep timer says stop.
	 */
	#articleEnded(): void {
		const read = this.#prefs.markRead ? { progress: 1, readAt: Date.now() } : { progress: 0 };
		this.#savePlace(startSentenceId, read);
		if (this.#sleepChoice === 'end') {
			this.#sleepChoice = 'off';
			return;
		}
		if (this.#continuation.hasNext) void this.#goOn(this.#betweenMs);
		else if (this.#sleepChoice === 'queue') this.#sleepChoice = 'off';
	}

	/**
	 * To the next article of Up next that loads, after `quietMs`; its title is spoken first.
	 * If the reader chose another place meanwhile (read from here, previous, close), that wins
	 * and the article goes back to the front of Up next.
	 */
	async #goOn(quietMs: number): Promise<void> {
		const from = this.#article;
		const choice = this.#choice;
		this.#between = this.#between ?? 'playing';
		const next = await this.#continuation.next(from, (item) =>
			this.#say(`“${item.title}” is not saved on this device, so it was skipped.`)
		);
		if (next && quietMs > 0) await new Promise((resolve) => setTimeout(resolve, quietMs));
		if (choice !== this.#choice) {
			if (next) this.#upNext?.listenNext(upNextItemOf(next));
			return;
		}
		// The sleep timer's time came while the page was held back: the next one waits.
		const slept = this.#sleepAt !== undefined && Date.now() >= this.#sleepAt;
		if (slept) {
			this.#sleepAt = undefined;
			this.#sleepChoice = 'off';
		}
		const play = this.#between === 'playing' && !slept;
		this.#between = undefined;
		if (next) this.#switchTo(next, play);
		else this.#engineChanged?.();
	}

	/** The reader chose a place: the quiet between two articles, if any, ends here. */
	#chose(): void {
		this.#choice++;
		this.#between = undefined;
	}

	/** Play `article` from `startAt` (or its top), with a voice for its language. */
	#switchTo(article: ListeningArticle, play: boolean, startAt?: string): void {
		const rate = this.rate;
		this.#engine?.stop();
		this.#article = article;
		this.#upNext?.remove(article.slug);
		const remembered = this.#prefs.voiceFor(languageKey(article.lang));
		const voice = chooseVoice(this.#voices, article.lang, !this.online, remembered)?.uri;
		this.#engine = this.#engineFor(article, rate, voice);
		this.#engine.sleepAt(this.#sleepAt);
		if (startAt) this.#engine.seek(startAt);
		this.#engineChanged?.();
		if (play) this.#engine.play();
	}

	/** Skip to the next article of Up next now (the lock screen's next track). */
	nextArticle(): void {
		if (!this.#continuation.hasNext || this.#between) return;
		this.#between = this.playing ? 'playing' : 'paused';
		this.#engine?.pause();
		void this.#goOn(0);
	}

	/** Back to the article heard before; at the first, to this one's start. */
	previousArticle(): void {
		if (this.#between) return;
		this.#chose();
		const before = this.#continuation.previous(this.#article);
		if (before) this.#switchTo(before, this.playing);
		else this.#engine?.moveTo(0);
	}

	/** Play `article` from sentence `id` ("read from here" on another article's page). */
	playFrom(article: ListeningArticle, id: string): void {
		this.#chose();
		if (article.slug === this.#article.slug) this.#engine?.speakFrom(id);
		else this.#switchTo(article, true, id);
	}

	#say(notice: string): void {
		this.#notice = notice;
		clearTimeout(this.#noticeTimer);
		this.#noticeTimer = setTimeout(() => (this.#notice = undefined), noticeMs);
	}

	/** Mark an article read when it has been heard to the end. */
	get markRead() {
		return this.#prefs.markRead;
	}
	set markRead(on: boolean) {
		this.#prefs.markRead = on;
	}

	/** Keep the screen on while listening (where the Screen Wake Lock API exists). */
	get wakeLock() {
		return this.#prefs.wakeLock;
	}
	set wakeLock(on: boolean) {
		this.#prefs.wakeLock = on;
	}

	/** Play the near-silent tone while speaking, so a locked phone keeps the page running. */
	get keepAudible() {
		return this.#prefs.keepAudible;
	}
	set keepAudible(on: boolean) {
		this.#prefs.keepAudible = on;
	}

	setSleep(choice: SleepChoice): void {
		this.#sleep.set(choice);
		this.#sleepChoice = choice;
		this.#sleepAt = this.#sleep.endsAt;
		this.#engine?.sleepAt(this.#sleepAt);
	}

	/** The one position per article, shared with reading: the sentence now spoken, its top. */
	#savePlace(sentenceId: string, change: { progress?: number; readAt?: number } = {}): void {
		const index = this.#queue.findIndex((item) => item.id === sentenceId);
		const { slug, title, readingMinutes } = this.#article;
		updatePosition(slug, {
			sentenceId,
			offset: 0,
			progress: progressAt(Math.max(0, index), 0, this.#queue.length),
			title,
			readingMinutes,
			...change
		});
	}
}
