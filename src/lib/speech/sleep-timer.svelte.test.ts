import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpeechEngine } from './engine.svelte';
import { FakeSynthesizer } from '../../../tests/doubles/fake-synthesizer';
import { SleepTimer } from './sleep-timer.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the sleep timer', () => {
	it('fires once after the chosen minutes, then switches off', () => {
		const expired = vi.fn();
		const timer = new SleepTimer(expired);
		timer.set('15');
		expect(timer.at).toBe(Date.now() + 15 * 60_000);
		vi.advanceTimersByTime(15 * 60_000 - 1);
		expect(expired).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(expired).toHaveBeenCalledTimes(1);
		expect(timer.choice).toBe('off');
		// Its time is kept until listening reaches it: speech may run past it to a sentence's end.
		expect(timer.at).toBeDefined();
		timer.reached();
		expect(timer.at).toBeUndefined();
	});

	it('restarts when set again, and never fires when cancelled or set to the article end', () => {
		const expired = vi.fn();
		const timer = new SleepTimer(expired);
		timer.set('5');
		vi.advanceTimersByTime(4 * 60_000);
		timer.set('5');
		vi.advanceTimersByTime(4 * 60_000);
		expect(expired).not.toHaveBeenCalled();
		timer.cancel();
		timer.set('end');
		vi.advanceTimersByTime(60 * 60_000);
		expect(expired).not.toHaveBeenCalled();
		expect(timer.choice).toBe('end');
	});

	it('says how late it fired, as it does in a page the phone held back', () => {
		const expired = vi.fn();
		const timer = new SleepTimer(expired);
		timer.set('5');
		expect(timer.at).toBe(Date.now() + 5 * 60_000);
		// The wall clock runs on while no timer fires (a frozen page), then the timer runs.
		vi.setSystemTime(Date.now() + 30_000);
		vi.advanceTimersByTime(5 * 60_000);
		expect(expired).toHaveBeenCalledWith(30_000);
		// The next article of Up next then waits, and the time is reached.
		expect(timer.cameMeanwhile()).toBe(true);
		expect(timer.at).toBeUndefined();
		expect(timer.cameMeanwhile()).toBe(false);
	});

	it('whose time comes before it fires (a held-back page) is reached once, and never fires after', () => {
		const expired = vi.fn();
		const timer = new SleepTimer(expired);
		timer.set('5');
		vi.setSystemTime(Date.now() + 5 * 60_000);
		expect(timer.cameMeanwhile()).toBe(true);
		expect(timer.choice).toBe('off');
		vi.advanceTimersByTime(5 * 60_000);
		expect(expired).not.toHaveBeenCalled();
	});

	it('at an article’s end: stops there for End of article, and for End of Up next at its last', () => {
		const timer = new SleepTimer(() => {});
		timer.set('end');
		expect(timer.stopsAtArticleEnd(true)).toBe(true);
		expect(timer.choice).toBe('off');
		timer.set('queue');
		expect(timer.stopsAtArticleEnd(true)).toBe(false);
		expect(timer.choice).toBe('queue');
		expect(timer.stopsAtArticleEnd(false)).toBe(true);
		expect(timer.choice).toBe('off');
		timer.set('15');
		expect(timer.stopsAtArticleEnd(false)).toBe(false);
		expect(timer.choice).toBe('15');
	});

	it('stops the engine at the end of the sentence it is speaking', () => {
		const synth = new FakeSynthesizer();
		const queue = ['b1-1', 'b1-2', 'b1-3'].map((id) => ({
			id,
			text: id,
			blockId: 'b1',
			words: 1
		}));
		const engine = new SpeechEngine(queue, synth, { lang: 'en' });
		const timer = new SleepTimer(() => engine.stopAfterSentence());
		engine.play();
		timer.set('5');
		synth.finishLast();
		vi.advanceTimersByTime(5 * 60_000);
		expect(engine.status).toBe('playing');
		synth.finishLast();
		expect(engine.status).toBe('paused');
		expect(engine.current.id).toBe('b1-3');
		expect(synth.spoken).toHaveLength(2);
	});
});
