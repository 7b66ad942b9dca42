/**
 * The sleep timer: after 5, 15 or 30 minutes it asks listening to stop (the engine then finishes
 * the sentence it is on); "end" means stop at the end of the article rather than go on through
 * Up next, and "queue" at the end of Up next: neither needs a timer. Its time is also given to
 * each article's engine, which hands the synthesizer nothing that would start after it: a locked
 * phone may run no timer at all. The choice is state, shown in the player's options.
 */

export type SleepChoice = 'off' | '5' | '15' | '30' | 'end' | 'queue';

export const sleepChoices: { value: SleepChoice; label: string }[] = [
	{ value: 'off', label: 'Off' },
	{ value: '5', label: '5 minutes' },
	{ value: '15', label: '15 minutes' },
	{ value: '30', label: '30 minutes' },
	{ value: 'end', label: 'End of article' },
	{ value: 'queue', label: 'End of Up next' }
];

export class SleepTimer {
	#choice = $state<SleepChoice>('off');
	#handle: ReturnType<typeof setTimeout> | undefined;
	#at: number | undefined;
	/** Called with how late the timer fired, in ms: a page held back runs timers late. */
	#onExpire: (lateMs: number) => void;
	#now: () => number;

	constructor(onExpire: (lateMs: number) => void, now = () => Date.now()) {
		this.#onExpire = onExpire;
		this.#now = now;
	}

	get choice(): SleepChoice {
		return this.#choice;
	}

	/**
	 * The time to stop (by `now`) while minutes are chosen. Kept after the timer fired until
	 * listening reached it (`reached`, `cameMeanwhile`): speech in a held-back page may go on
	 * past it, through the engine, to the end of a sentence.
	 */
	get at(): number | undefined {
		return this.#at;
	}

	/** Set (or reset) the timer; minutes count from now. */
	set(choice: SleepChoice): void {
		this.cancel();
		this.#choice = choice;
		if (choice === 'off' || choice === 'end' || choice === 'queue') return;
		const ms = Number(choice) * 60_000;
		const at = this.#now() + ms;
		this.#at = at;
		this.#handle = setTimeout(() => {
			this.#handle = undefined;
			this.#choice = 'off';
			this.#onExpire(Math.max(0, this.#now() - at));
		}, ms);
	}

	/** Switch the timer off. */
	cancel(): void {
		if (this.#handle !== undefined) clearTimeout(this.#handle);
		this.#handle = undefined;
		this.#at = undefined;
		this.#choice = 'off';
	}

	/** Listening stopped at the time (the engine's sentence ended after it). */
	reached(): void {
		this.cancel();
	}

	/**
	 * An article was heard to the end, and `hasNext` one follows in Up next: true when the
	 * timer stops listening here (End of article; End of Up next at its last), switching it off.
	 */
	stopsAtArticleEnd(hasNext: boolean): boolean {
		if (this.#choice !== 'end' && (hasNext || this.#choice !== 'queue')) return false;
		this.#choice = 'off';
		return true;
	}

	/**
	 * Before the next article starts: whether the time came meanwhile (in the quiet, or while
	 * the page was held back). It is reached then: the next article waits.
	 */
	cameMeanwhile(): boolean {
		if (this.#at === undefined || this.#now() < this.#at) return false;
		this.cancel();
		return true;
	}
}
