import { beforeEach, describe, expect, it } from 'vitest';
import { SpeechEngine } from './engine.svelte';
import { FakeSynthesizer } from '../../../tests/doubles/fake-synthesizer';
import type { QueueItem } from './queue';

const item = (id: string, text = `Sentence ${id}.`): QueueItem => ({
	id,
	text,
	blockId: id.split('-')[0],
	words: text.split(' ').length
});
// Title, a heading, a paragraph of three sentences, a paragraph of two.
const queue = ['b0-1', 'b1-1', 'b2-1', 'b2-2', 'b2-3', 'b3-1', 'b3-2'].map((id) => item(id));

let synth: FakeSynthesizer;
let clock: number;
let positions: string[];
let ended: number;
let engine: SpeechEngine;

beforeEach(() => {
	synth = new FakeSynthesizer();
	clock = 0;
	positions = [];
	ended = 0;
	engine = new SpeechEngine(queue, synth, {
		lang: 'en',
		now: () => clock,
		onPosition: (id) => positions.push(id),
		onEnd: () => ended++
	});
});

const spokenTexts = () => synth.spoken.map((u) => u.text);

describe('the speech engine queue', () => {
	it('speaks one sentence per utterance, in order, to the end', () => {
		engine.play();
		for (let i = 0; i < queue.length; i++) synth.finishLast();
		expect(spokenTexts()).toEqual(queue.map((q) => q.text));
		expect(synth.spoken.every((u) => u.lang === 'en' && u.rate === 1)).toBe(true);
		expect(engine.status).toBe('ended');
		expect(ended).toBe(1);
		expect(positions).toEqual(queue.map((q) => q.id));
	});

	it('plays again from the top after the end', () => {
		engine.play();
		for (let i = 0; i < queue.length; i++) synth.finishLast();
		engine.play();
		expect(synth.last.text).toBe(queue[0].text);
	});

	it('starts from any sentence (read from here)', () => {
		engine.speakFrom('b2-2');
		expect(engine.status).toBe('playing');
		expect(synth.last.text).toBe('Sentence b2-2.');
		synth.finishLast();
		expect(synth.last.text).toBe('Sentence b2-3.');
	});

	it('tracks the word from boundary events, with or without a length', () => {
		engine.play();
		synth.last.events.start();
		expect(engine.word).toBeUndefined();
		synth.last.events.boundary(9, 0);
		expect(engine.word).toEqual({ start: 9, length: 5 });
		synth.last.events.boundary(0, 8);
		expect(engine.word).toEqual({ start: 0, length: 8 });
		synth.last.events.end();
		expect(engine.word).toBeUndefined();
	});
});

describe('pause and resume', () => {
	it('pauses with a cancel, not pause(), and resumes by speaking the sentence again', () => {
		engine.play();
		synth.finishLast();
		synth.last.events.start();
		engine.pause();
		expect(synth.cancels).toBe(1);
		expect(engine.status).toBe('paused');
		expect(engine.error).toBeUndefined();
		engine.play();
		expect(spokenTexts()).toEqual(['Sentence b0-1.', 'Sentence b1-1.', 'Sentence b1-1.']);
		expect(engine.status).toBe('playing');
	});

	it('treats an outside cancel (interrupted) as a pause, not an error', () => {
		engine.play();
		synth.last.events.start();
		synth.last.events.error('interrupted');
		expect(engine.status).toBe('paused');
		expect(engine.error).toBeUndefined();
		engine.play();
		expect(synth.spoken).toHaveLength(2);
	});

	it('ignores late events of utterances it cancelled', () => {
		engine.play();
		const first = synth.last;
		engine.nextSentence();
		first.events.end();
		first.events.error('canceled');
		expect(engine.status).toBe('playing');
		expect(synth.spoken).toHaveLength(2);
		expect(engine.current.id).toBe('b1-1');
	});
});

describe('skipping', () => {
	it('moves by sentence and by paragraph while playing', () => {
		engine.play();
		engine.nextSentence();
		engine.nextParagraph();
		expect(engine.current.id).toBe('b2-1');
		engine.nextSentence();
		engine.nextParagraph();
		expect(engine.current.id).toBe('b3-1');
		expect(spokenTexts()).toEqual([
			'Sentence b0-1.',
			'Sentence b1-1.',
			'Sentence b2-1.',
			'Sentence b2-2.',
			'Sentence b3-1.'
		]);
	});

	it('back restarts the sentence, or goes one further within 2 s of its start', () => {
		engine.speakFrom('b2-2');
		synth.last.events.start();
		clock = 1999;
		engine.previousSentence();
		expect(engine.current.id).toBe('b2-1');
		synth.last.events.start();
		clock = 5000;
		engine.previousSentence();
		expect(engine.current.id).toBe('b2-1');
		expect(engine.status).toBe('playing');
	});

	it('paragraph back goes to the paragraph start, or the previous one within 2 s', () => {
		engine.speakFrom('b2-3');
		synth.last.events.start();
		clock = 500;
		engine.previousParagraph();
		expect(engine.current.id).toBe('b2-1');
		synth.last.events.start();
		clock = 1000;
		engine.previousParagraph();
		expect(engine.current.id).toBe('b1-1');
		synth.last.events.start();
		clock = 9000;
		engine.previousParagraph();
		expect(engine.current.id).toBe('b1-1');
	});

	it('moves without speaking while paused, and reports the position', () => {
		engine.seek('b2-2');
		engine.nextParagraph();
		engine.previousSentence();
		expect(engine.current.id).toBe('b2-3');
		expect(synth.spoken).toHaveLength(0);
		expect(positions).toEqual(['b2-2', 'b3-1', 'b2-3']);
	});

	it('stays inside the article at both ends', () => {
		engine.seek('b0-1');
		engine.previousSentence();
		engine.previousParagraph();
		expect(engine.current.id).toBe('b0-1');
		engine.seek('b3-2');
		engine.nextSentence();
		engine.nextParagraph();
		expect(engine.current.id).toBe('b3-2');
	});
});

describe('speed and voice', () => {
	it('clamps speed to 0.5x-3x', () => {
		engine.setRate(10);
		expect(engine.rate).toBe(3);
		engine.setRate(0.1);
		expect(engine.rate).toBe(0.5);
		engine.setRate(Number.NaN);
		expect(engine.rate).toBe(1);
	});

	it('restarts the current sentence, not the article, on a change of speed or voice', () => {
		engine.speakFrom('b2-2');
		synth.last.events.start();
		engine.setRate(1.5);
		expect(synth.last).toMatchObject({ text: 'Sentence b2-2.', rate: 1.5 });
		engine.setVoice('voice-2');
		expect(synth.last).toMatchObject({ text: 'Sentence b2-2.', rate: 1.5, voiceUri: 'voice-2' });
		expect(synth.spoken).toHaveLength(3);
		expect(engine.status).toBe('playing');
	});

	it('only remembers a change while paused', () => {
		engine.setRate(2);
		engine.setVoice('v');
		expect(synth.spoken).toHaveLength(0);
		engine.play();
		expect(synth.last).toMatchObject({ rate: 2, voiceUri: 'v' });
	});
});

describe('errors', () => {
	it('stops cleanly on a synthesis error, never loops, and retries on play', () => {
		engine.play();
		synth.last.events.error('synthesis-failed');
		expect(engine.status).toBe('error');
		expect(engine.error).toBe('synthesis-failed');
		expect(synth.spoken).toHaveLength(1);
		synth.last.events.end();
		expect(synth.spoken).toHaveLength(1);
		engine.play();
		expect(engine.status).toBe('playing');
		expect(engine.error).toBeUndefined();
		expect(synth.last.text).toBe('Sentence b0-1.');
	});
});

describe('stopping after a sentence (sleep timer)', () => {
	it('finishes the sentence, pauses, and keeps the next one as the position', () => {
		engine.speakFrom('b2-1');
		synth.last.events.start();
		engine.stopAfterSentence();
		synth.last.events.end();
		expect(engine.status).toBe('paused');
		expect(synth.spoken).toHaveLength(1);
		expect(engine.current.id).toBe('b2-2');
		expect(positions.at(-1)).toBe('b2-2');
	});
});
