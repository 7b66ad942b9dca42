/**
 * The sleep timer: after 5, 15 or 30 minutes it asks listening to stop (the engine then finishes
 * the sentence it is on); "end" means stop at the end of the article, which is where the engine
 * stops anyway, so it needs no timer.
 */

export type SleepChoice = 'off' | '5' | '15' | '30' | 'end';

export const sleepChoices: { value: SleepChoice; label: string }[] = [
	{ value: 'off', label: 'Off' },
	{ value: '5', label: '5 minutes' },
	{ value: '15', label: '15 minutes' },
	{ value: '30', label: '30 minutes' },
	{ value: 'end', label: 'End of article' }
];

export class SleepTimer {
	#choice: SleepChoice = 'off';
	#handle: ReturnType<typeof setTimeout> | undefined;
	#endsAt: number | undefined;
	#onExpire: () => void;
	#now: () => number;

	constructor(onExpire: () => void, now = () => Date.now()) {
		this.#onExpire = onExpire;
		this.#now = now;
	}

	get choice(): SleepChoice {
		return this.#choice;
	}

	/** Milliseconds until the timer fires, or undefined when no minutes are counting. */
	remainingMs(): number | undefined {
		return this.#endsAt === undefined ? undefined : Math.max(0, this.#endsAt - this.#now());
	}

	/** Set (or reset) the timer; minutes count from now. */
	set(choice: SleepChoice): void {
		this.cancel();
		this.#choice = choice;
		if (choice === 'off' || choice === 'end') return;
		const ms = Number(choice) * 60_000;
		this.#endsAt = this.#now() + ms;
		this.#handle = setTimeout(() => {
			this.#handle = undefined;
			this.#endsAt = undefined;
			this.#choice = 'off';
			this.#onExpire();
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
