/**
 * The sleep timer: after 5, 15 or 30 minutes it asks listening to stop (the engine then finishes
 * the sentence it is on); "end" means stop at the end of the article rather than go on through
 * Up next, and "queue" at the end of Up next: neither needs a timer. Its time is also given to the engine, which hands the
 * synthesizer nothing that would start after it: a locked phone may run no timer at all.
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
	#choice: SleepChoice = 'off';
	#handle: ReturnType<typeof setTimeout> | undefined;
	#endsAt: number | undefined;
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

	/** When the timer fires (by `now`), or undefined when no minutes are counting. */
	get endsAt(): number | undefined {
		return this.#endsAt;
	}

	/** Milliseconds until the timer fires, or undefined when no minutes are counting. */
	remainingMs(): number | undefined {
		return this.#endsAt === undefined ? undefined : Math.max(0, this.#endsAt - this.#now());
	}

	/** Set (or reset) the timer; minutes count from now. */
	set(choice: SleepChoice): void {
		this.cancel();
		this.#choice = choice;
		if (choice === 'off' || choice === 'end' || choice === 'queue') return;
		const ms = Number(choice) * 60_000;
		const endsAt = this.#now() + ms;
		this.#endsAt = endsAt;
		this.#handle = setTimeout(() => {
			this.#handle = undefined;
			this.#endsAt = undefined;
			this.#choice = 'off';
			this.#onExpire(Math.max(0, this.#now() - endsAt));
		}, ms);
	}

	/** Switch the timer off. */
	cancel(): void {
		if (this.#handle !== undefined) clearTimeout(this.#handle);
		this.#handle = undefined;
		this.#endsAt = undefined;
		this.#choice = 'off';
	}
}
