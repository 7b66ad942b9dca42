// The engine with a synthesizer that works through a queue (Chromium, Firefox): what it hands
// over ahead, when it tops up and starts again, and the sleep timer with the page held back.
import { beforeEach, describe, expect, it } from 'vitest';
import { aheadMs } from './ahead';
import { SpeechEngine } from './engine.svelte';
import { FakeSynthesizer } from '../../../tests/doubles/fake-synthesizer';
import type { QueueItem } from './queue';

// Forty sentences of 100 words: 40 s each at 1x (150 words a minute), two to a paragraph.
const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
const queue: QueueItem[] = Array.from({ length: 40 }, (_, i) => ({
	id: `b${Math.floor(i / 2) + 1}-${(i % 2) + 1}`,
	text: `${i}: ${words}`,
	blockId: `b${Math.floor(i / 2) + 1}`,
	words: 100
}));
const sentenceMs = 40_000;

let synth: FakeSynthesizer;
let clock: number;
let positions: string[];
let sleeps: number;
let ended: number;
let engine: SpeechEngine;

beforeEach(() => {
	synth = new FakeSynthesizer({ queues: true });
	clock = 0;
	positions = [];
	sleeps = 0;
	ended = 0;
	engine = new SpeechEngine(queue, synth, {
		lang: 'en',
		now: () => clock,
		onPosition: (id) => positions.push(id),
		onSleep: () => sleeps++,
		onEnd: () => ended++
	});
});

/** Which sentences (by number) the synthesizer holds, the speaking one first. */
const held = () => synth.held.map((u) => Number(u.text.split(':')[0]));

describe('handing the synthesizer sentences ahead', () => {
	it('hands over the sentences that start within the window, in order', () => {
		expect(aheadMs / sentenceMs).toBe(6);
		engine.play();
		expect(held()).toEqual([0, 1, 2, 3, 4, 5]);
		expect(engine.status).toBe('playing');
	});

	it('hands over twice as many at double speed', () => {
		engine.setRate(2);
		engine.play();
		expect(held()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
	});

	it('tops the window up as each sentence starts, and the position follows the starts', () => {
		engine.play();
		synth.held[0].events.start();
		clock = sentenceMs;
		synth.held[0].events.end();
		expect(held()).toEqual([1, 2, 3, 4, 5]);
		synth.held[0].events.start();
		expect(held()).toEqual([1, 2, 3, 4, 5, 6]);
		expect(engine.current.id).toBe(queue[1].id);
		expect(positions).toEqual([queue[0].id, queue[1].id]);
		expect(synth.cancels).toBe(0);
	});

	it('speaks to the end of the article and ends once', () => {
		engine.speakFrom(queue[36].id);
		for (let i = 36; i < 40; i++) {
			clock += sentenceMs;
			synth.finishCurrent();
		}
		expect(engine.status).toBe('ended');
		expect(ended).toBe(1);
		expect(positions.at(-1)).toBe(queue[39].id);
		expect(synth.spoken.map((u) => u.text)).toEqual(queue.slice(36).map((q) => q.text));
	});
});

describe('starting again from a new place', () => {
	it('pause cancels everything handed over; play hands over again from the same sentence', () => {
		engine.play();
		synth.finishCurrent();
		synth.held[0].events.start();
		engine.pause();
		expect(synth.cancels).toBe(1);
		expect(synth.held).toEqual([]);
		expect(engine.status).toBe('paused');
		engine.play();
		expect(held()[0]).toBe(1);
		expect(engine.status).toBe('playing');
	});

	it('skipping cancels and hands over from the sentence skipped to, exactly', () => {
		engine.play();
		synth.held[0].events.start();
		engine.nextParagraph();
		expect(held()[0]).toBe(2);
		engine.nextSentence();
		expect(held()[0]).toBe(3);
		expect(synth.cancels).toBe(2);
		// Late events of cancelled sentences change nothing.
		synth.spoken[0].events.end();
		synth.spoken[1].events.start();
		expect(engine.current.id).toBe(queue[3].id);
	});

	it('a new speed or voice hands the current sentence over again, with the rest', () => {
		engine.play();
		synth.held[0].events.start();
		// 32 s a sentence: eight start within the four minutes.
		engine.setRate(1.25);
		expect(synth.held.map((u) => [u.text.split(':')[0], u.rate])).toEqual(
			[0, 1, 2, 3, 4, 5, 6, 7].map((i) => [`${i}`, 1.25])
		);
		engine.setVoice('other');
		expect(synth.held.every((u) => u.voiceUri === 'other')).toBe(true);
		expect(held()[0]).toBe(0);
	});

	it('keeps the 2-second back rule with sentences queued', () => {
		engine.play();
		synth.finishCurrent();
		clock = 1000;
		synth.held[0].events.start();
		clock = 2500;
		engine.previousSentence();
		expect(held()[0]).toBe(0);
		synth.held[0].events.start();
		clock = 6000;
		engine.previousSentence();
		expect(held()[0]).toBe(0);
	});
});

describe('the sleep timer with the page held back', () => {
	it('hands over only the sentences that start before the sleep time', () => {
		engine.sleepAt(100_000);
		engine.play();
		// Sentence 2 starts at 80 s and crosses 100 s; sentence 3 would start at 120 s.
		expect(held()).toEqual([0, 1, 2]);
	});

	it('stops at the end of the sentence that crosses it when every event comes late, at once', () => {
		engine.sleepAt(100_000);
		engine.play();
		// No timer runs while the page is frozen; the events arrive together when it wakes.
		clock = 500_000;
		for (let i = 0; i < 3; i++) synth.finishCurrent();
		expect(engine.status).toBe('paused');
		expect(sleeps).toBe(1);
		expect(engine.current.id).toBe(queue[3].id);
		expect(positions).toEqual([0, 1, 2, 3].map((i) => queue[i].id));
		expect(synth.spoken).toHaveLength(3);
	});

	it('hands over more when speech runs faster than the estimate', () => {
		engine.sleepAt(100_000);
		engine.play();
		clock = 30_000;
		for (let i = 0; i < 3; i++) synth.finishCurrent();
		expect(engine.status).toBe('playing');
		// Sentence 2 started at 30 s, so 3 starts near 70 s: handed over then. When 3 starts
		// (at 30 s), 4 would start near 70 s, and 5 at 110 s, after the sleep time.
		expect(held()).toEqual([3]);
		synth.held[0].events.start();
		expect(held()).toEqual([3, 4]);
	});

	it('when the timer fires in time, stops after the sentence speaking though more are queued', () => {
		engine.sleepAt(300_000);
		engine.play();
		synth.held[0].events.start();
		engine.stopAfterSentence();
		expect(held().length).toBeGreaterThan(1);
		synth.held[0].events.end();
		expect(engine.status).toBe('paused');
		expect(synth.held).toEqual([]);
		expect(engine.current.id).toBe(queue[1].id);
		expect(sleeps).toBe(1);
	});

	it('a sleep time that passed while paused does not stop the next play', () => {
		engine.sleepAt(100_000);
		engine.play();
		engine.pause();
		clock = 200_000;
		engine.play();
		expect(held()).toEqual([0, 1, 2, 3, 4, 5]);
		for (let i = 0; i < 6; i++) synth.finishCurrent();
		expect(engine.status).toBe('playing');
		expect(sleeps).toBe(0);
	});
});

describe('events that come late, and speech that stops while away', () => {
	it('the position is the last sentence that started, however late its events arrive', () => {
		engine.play();
		const [first, second, third] = synth.held;
		clock = 200_000;
		first.events.start();
		first.events.end();
		second.events.start();
		second.events.end();
		third.events.start();
		expect(engine.current.id).toBe(queue[2].id);
		expect(positions).toEqual([0, 1, 2].map((i) => queue[i].id));
	});

	it('a cancel by someone else pauses on the sentence it cut, and coming back resumes there', () => {
		engine.play();
		synth.finishCurrent();
		synth.held[0].events.start();
		for (const u of [...synth.held])
			u.events.error(u === synth.held[0] ? 'interrupted' : 'canceled');
		expect(engine.status).toBe('paused');
		expect(engine.error).toBeUndefined();
		expect(engine.interrupted).toBe(true);
		expect(engine.resumeAfterAway()).toBe(true);
		expect(engine.status).toBe('playing');
		expect(held()[0]).toBe(1);
		expect(engine.interrupted).toBe(false);
	});

	it('a synthesizer that went quiet without a word is started again on coming back', () => {
		engine.play();
		synth.held[0].events.start();
		expect(engine.resumeAfterAway()).toBe(false);
		synth.dropAll();
		expect(engine.resumeAfterAway()).toBe(true);
		expect(held()[0]).toBe(0);
	});

	it('nothing is resumed after a pause the reader chose', () => {
		engine.play();
		engine.pause();
		expect(engine.resumeAfterAway()).toBe(false);
		expect(engine.status).toBe('paused');
	});

	it('a real error on a queued sentence stops there and cancels the rest', () => {
		engine.play();
		synth.finishCurrent();
		synth.held[0].events.error('text-too-long');
		expect(engine.status).toBe('error');
		expect(engine.error).toBe('text-too-long');
		expect(engine.current.id).toBe(queue[1].id);
		expect(synth.held).toEqual([]);
	});
});
