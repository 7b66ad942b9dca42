import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpeechEngine } from './engine';
import { FakeSynthesizer } from '../../../tests/doubles/fake-synthesizer';
import { SleepTimer } from './sleep-timer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the sleep timer', () => {
	it('fires once after the chosen minutes, then switches off', () => {
		const expired = vi.fn();
		const timer = new SleepTimer(expired);
		timer.set('15');
		expect(timer.remainingMs()).toBe(15 * 60_000);
		vi.advanceTimersByTime(15 * 60_000 - 1);
		expect(expired).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(expired).toHaveBeenCalledTimes(1);
		expect(timer.choice).toBe('off');
		expect(timer.remainingMs()).toBeUndefined();
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
		expect(timer.endsAt).toBe(Date.now() + 5 * 60_000);
		// The wall clock runs on while no timer fires (a frozen page), then the timer runs.
		vi.setSystemTime(Date.now() + 30_000);
		vi.advanceTimersByTime(5 * 60_000);
		expect(expired).toHaveBeenCalledWith(30_000);
		expect(timer.endsAt).toBeUndefined();
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
