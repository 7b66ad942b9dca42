/**
 * The state of read-aloud on one article, for the player's components: the engine (the one
 * source of what is playing, exposed reactively), the voices, the preferences and the saved
 * position. Created in the browser on first use.
 */
import { createSubscriber } from 'svelte/reactivity';
import { online } from 'svelte/reactivity/window';
import type { Article } from '$lib/article/types';
import { startSentenceId, updatePosition } from '$lib/progress/positions';
import { progressAt } from '$lib/progress/place';
import { SpeechEngine, type Status, type WordRange } from './engine';
import { PersistedListeningPrefs } from './listening-prefs.svelte';
import { buildQueue, remainingMinutes, type QueueItem } from './queue';
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

export interface ListeningOptions {
	/** Undefined when the browser has no speechSynthesis. */
	speech: { synth: Synthesizer; voices: VoiceSource } | undefined;
	startAt?: string;
	/** Whether the device is online now, read reactively; Svelte's window `online` by default. */
	online?: () => boolean;
}

export class Listening {
	readonly article: Article;
	#queue: QueueItem[];
	#engine: SpeechEngine | undefined;
	#voiceSource: VoiceSource | undefined;
	#sleep: SleepTimer;
	#prefs = new PersistedListeningPrefs();
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

	/** The sentence being spoken, or where speaking will start. */
	readonly currentId = $derived.by(() => this.#queue[this.index]?.id);
	readonly minutesLeft = $derived.by(() => remainingMinutes(this.#queue, this.index, this.rate));
	/** The article as a track for the lock screen: its length and the position, in seconds. */
	readonly timeline = $derived.by(() => timelineAt(this.#queue, this.index, this.rate));
	readonly voice = $derived.by(() => this.#voices.find((v) => v.uri === this.#voiceUri));
	/** The chosen voice needs the network and the device is offline: it will fail. */
	readonly voiceNeedsNetwork = $derived(
		!this.online && this.voice !== undefined && !this.voice.local
	);
	/** The voices for the article's language first, best first. */
	readonly rankedVoices = $derived.by(() => rankVoices(this.#voices, this.#lang, !this.online));

	get #lang() {
		return this.article.lang;
	}

	constructor(article: Article, options: ListeningOptions) {
		this.article = article;
		this.#queue = buildQueue(article);
		this.#isOnline = options.online ?? (() => online.current ?? true);
		this.#sleep = new SleepTimer((lateMs) => {
			if (lateMs < lateTimerMs) this.#engine?.stopAfterSentence();
			this.#sleepChoice = 'off';
		});
		if (!options.speech) {
			this.#phase = 'no-engine';
			return;
		}
		this.#voiceSource = options.speech.voices;
		this.#engine = new SpeechEngine(this.#queue, options.speech.synth, {
			lang: article.lang,
			rate: this.#prefs.rate,
			onChange: () => this.#engineChanged?.(),
			onPosition: (id) => this.#savePlace(id),
			// Heard to the end: read, and the next Listen starts from the top.
			onEnd: () => this.#savePlace(startSentenceId, { progress: 1, readAt: Date.now() }),
			onSleep: () => {
				this.#sleep.cancel();
				this.#sleepChoice = 'off';
			}
		});
		if (options.startAt) this.#engine.seek(options.startAt);
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
	get playing() {
		return this.status === 'playing';
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
		this.#engine?.toggle();
	}
	play() {
		this.#engine?.play();
	}
	pause() {
		this.#engine?.pause();
	}
	stop() {
		this.#closed = true;
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
		if (!this.#engine?.resumeAfterAway()) return;
		this.#notice = resumedNotice;
		clearTimeout(this.#noticeTimer);
		this.#noticeTimer = setTimeout(() => (this.#notice = undefined), noticeMs);
	}
	speakFrom(id: string) {
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
		this.#engine?.sleepAt(this.#sleep.endsAt);
	}

	/** The one position per article, shared with reading: the sentence now spoken, its top. */
	#savePlace(sentenceId: string, change: { progress?: number; readAt?: number } = {}): void {
		const index = this.#queue.findIndex((item) => item.id === sentenceId);
		const { slug, title, stats } = this.article;
		updatePosition(slug, {
			sentenceId,
			offset: 0,
			progress: progressAt(Math.max(0, index), 0, this.#queue.length),
			title,
			readingMinutes: stats.readingMinutes,
			...change
		});
	}
}
