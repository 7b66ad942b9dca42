/** A synthesizer for unit tests: records what was asked and lets the test fire the events. */
import type { Synthesizer, Utterance, UtteranceEvents } from './synthesizer';

export interface Spoken extends Utterance {
	events: UtteranceEvents;
}

export class FakeSynthesizer implements Synthesizer {
	spoken: Spoken[] = [];
	cancels = 0;

	speak(utterance: Utterance, events: UtteranceEvents): void {
		this.spoken.push({ ...utterance, events });
	}

	/** Like Chrome: a cancel reports `interrupted` on the utterance that was speaking. */
	cancel(): void {
		this.cancels++;
		this.spoken.at(-1)?.events.error('interrupted');
	}

	get last(): Spoken {
		const last = this.spoken.at(-1);
		if (!last) throw new Error('nothing spoken');
		return last;
	}

	/** Start and end the last utterance, as a working engine would. */
	finishLast(): void {
		this.last.events.start();
		this.last.events.end();
	}
}
