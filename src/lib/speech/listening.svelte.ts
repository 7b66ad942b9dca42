/**
 * A listening session, for the player's components: the article playing and its engine (the
 * one source of what is playing, reactive), and how it goes on: at an article's end, after a
 * quiet, to the next in Up next (continuation.ts), unless the sleep timer or the reader says
 * otherwise. The voices (voice-choice), the sleep timer and the notes shown (notice) are its
 * parts; the preferences are their own store (prefs). Created in the browser on first use.
 */
import { SpeechEngine } from './engine.svelte';
import { listeningPrefs } from './prefs';
import { Continuation, upNextItemOf, type LoadArticle, type UpNextList } from './continuation';
import type { ListeningArticle } from './listening-file';
import { saveHeardToEnd, saveListeningPlace } from './listening-place';
import { Notice } from './notice.svelte';
import { remainingMinutes } from './queue';
import { SleepTimer, type SleepChoice } from './sleep-timer.svelte';
import type { Synthesizer } from './synthesizer';
import { sentenceNearest, timelineAt } from './timeline';
import { VoiceChoice } from './voice-choice.svelte';
import type { VoiceSource } from './voices';

/**
 * A sleep timer that fires later than this ran in a page the phone held back: the engine's
 * events, arriving late too, say where speech stopped, so the timer cuts nothing itself.
 */
const lateTimerMs = 2000;

export const resumedNotice =
	'Speech stopped while the screen was off. Picked up at the sentence where it stopped.';

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
	/** The article's engine; none without speech. Its state (status, sentence, word) is reactive. */
	#engine = $state.raw<SpeechEngine>();
	#synth: Synthesizer | undefined;
	#upNext: UpNextList | undefined;
	#continuation: Continuation;
	#betweenMs: number;
	/** Between two articles of Up next: going on playing, or paused meanwhile. */
	#between = $state<'playing' | 'paused' | undefined>();
	/** Bumped when the reader chooses a place: a pending move to the next article gives way. */
	#choice = 0;
	#closed = false;
	#prefs = listeningPrefs();
	/** The voices, and whether speech can start (the phase). */
	readonly voices: VoiceChoice;
	readonly sleep = new SleepTimer((lateMs) => {
		if (lateMs < lateTimerMs) this.#engine?.stopAfterSentence();
		// In the quiet between two articles: the next one waits, paused.
		if (this.#between) this.#between = 'paused';
	});
	readonly notice = new Notice();

	/** The index, changed once a sentence (not on every word, as the engine's state is). */
	#at = $derived(this.#engine?.index ?? 0);
	/** The sentence being spoken, or where speaking will start. */
	readonly currentId = $derived(this.#article.items[this.#at]?.id);
	readonly minutesLeft = $derived(remainingMinutes(this.#article.items, this.#at, this.rate));
	/** The article as a track for the lock screen: its length and the position, in seconds. */
	readonly timeline = $derived(timelineAt(this.#article.items, this.#at, this.rate));
	readonly voice = $derived.by(() => this.voices.find(this.#engine?.voiceUri));

	constructor(article: ListeningArticle, options: ListeningOptions) {
		this.#article = article;
		this.#upNext = options.upNext;
		this.#continuation = new Continuation(options.upNext, options.load);
		this.#betweenMs = options.betweenMs ?? betweenArticlesMs;
		this.voices = new VoiceChoice(options.speech?.voices, options.online);
		if (!options.speech) return;
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
			onPosition: (id) => saveListeningPlace(article, id),
			onEnd: () => this.#articleEnded(),
			onSleep: () => this.sleep.reached()
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
	/** The engine of the article playing: its state, and moves within the article. */
	get engine(): SpeechEngine | undefined {
		return this.#engine;
	}
	get rate(): number {
		return this.#engine?.rate ?? this.#prefs.rate;
	}
	/** Speaking, or in the quiet before the next article of Up next. */
	get playing() {
		return this.#engine?.status === 'playing' || this.#between === 'playing';
	}
	/** Whether there is an article to go on to in Up next (the lock screen's next track). */
	get hasNextArticle() {
		return this.#continuation.hasNext;
	}
	/** Whether an article was heard before this one (the lock screen's previous track). */
	get hasPreviousArticle() {
		return this.#continuation.hasPrevious;
	}

	/** Wait for voices, pick one for the article, then speak from the current sentence. */
	async start(): Promise<void> {
		if (!(await this.voices.load(() => !this.#closed)) || !this.#engine) return;
		this.#engine.setVoice(this.voices.for(this.#article.lang));
		this.#engine.play();
	}

	/** Speak with the browser's default voice although none was listed (some engines can). */
	tryWithoutVoices(): void {
		this.voices.tryWithout();
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
		this.sleep.cancel();
		this.notice.clear();
		this.#engine?.stop();
	}
	/** Go to the sentence nearest `seconds` on the timeline (a seek on the lock screen). */
	seekTo(seconds: number) {
		this.#engine?.moveTo(sentenceNearest(this.#article.items, this.rate, seconds));
	}

	/**
	 * The page is in view again. Where the system stopped speech while it was away, speak again
	 * from the sentence where it stopped, and say so.
	 */
	cameBack(): void {
		if (this.#engine?.resumeAfterAway()) this.notice.say(resumedNotice);
	}
	/** Read from sentence `id` of the article playing: a place the reader chose. */
	speakFrom(id: string) {
		this.#chose();
		this.#engine?.speakFrom(id);
	}

	setRate(rate: number): void {
		this.#engine?.setRate(rate);
		this.#prefs.rate = this.rate;
	}

	/** Use voice `uri` and remember it for this language. */
	setVoice(uri: string): void {
		this.#engine?.setVoice(uri);
		this.voices.remember(this.#article.lang, uri);
	}

	setSleep(choice: SleepChoice): void {
		this.sleep.set(choice);
		this.#engine?.sleepAt(this.sleep.at);
	}

	/**
	 * Heard to the end: read (unless the reader turned that off), and the next Listen starts
	 * from the top. Then on to the next article of Up next, unless the sleep timer says stop.
	 */
	#articleEnded(): void {
		saveHeardToEnd(this.#article, this.#prefs.markRead);
		const hasNext = this.#continuation.hasNext;
		if (!this.sleep.stopsAtArticleEnd(hasNext) && hasNext) void this.#goOn(this.#betweenMs);
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
			this.notice.say(`“${item.title}” is not saved on this device, so it was skipped.`)
		);
		if (next && quietMs > 0) await new Promise((resolve) => setTimeout(resolve, quietMs));
		if (choice !== this.#choice) {
			if (next) this.#upNext?.listenNext(upNextItemOf(next));
			return;
		}
		// The sleep timer's time came while the page was held back: the next one waits.
		const play = this.#between === 'playing' && !this.sleep.cameMeanwhile();
		this.#between = undefined;
		if (next) this.#switchTo(next, play);
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
		this.#engine = this.#engineFor(article, rate, this.voices.for(article.lang));
		this.#engine.sleepAt(this.sleep.at);
		if (startAt) this.#engine.seek(startAt);
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
}
