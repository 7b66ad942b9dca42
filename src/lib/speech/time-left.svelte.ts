/**
 * Listening time left at the current speed, shown beside the reading time (ArticleFacts) once
 * the player exists. Until then the prerendered 1x time stands.
 */
interface TimeSource {
	readonly minutesLeft: number;
	readonly rate: number;
}

class TimeLeft {
	#source = $state<TimeSource | undefined>();

	/** Minutes left and the speed they assume, or undefined when nobody is listening. */
	get current(): TimeSource | undefined {
		return this.#source;
	}
	set current(source: TimeSource | undefined) {
		this.#source = source;
	}
}

export const listeningTimeLeft = new TimeLeft();
