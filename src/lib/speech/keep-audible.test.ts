import { describe, expect, it } from 'vitest';
import { keepAudibleTone, toneWav } from './keep-audible';

/** The header fields and samples of a 16-bit PCM WAV. */
function readWav(buffer: ArrayBuffer) {
	const view = new DataView(buffer);
	const text = (at: number, length: number) =>
		String.fromCharCode(...new Uint8Array(buffer, at, length));
	const dataBytes = view.getUint32(40, true);
	const samples = Array.from({ length: dataBytes / 2 }, (_, i) => view.getInt16(44 + i * 2, true));
	return {
		riff: text(0, 4),
		wave: text(8, 4),
		format: view.getUint16(20, true),
		channels: view.getUint16(22, true),
		sampleRate: view.getUint32(24, true),
		bits: view.getUint16(34, true),
		riffSize: view.getUint32(4, true),
		samples
	};
}

const dbfs = (amplitude: number) => 20 * Math.log10(amplitude / 32768);

describe('the keep-audible tone', () => {
	const wav = readWav(toneWav());

	it('is a well-formed 16-bit mono PCM WAV, longer than the 5 s Android needs for controls', () => {
		expect(wav).toMatchObject({
			riff: 'RIFF',
			wave: 'WAVE',
			format: 1,
			channels: 1,
			sampleRate: 8000,
			bits: 16
		});
		expect(wav.riffSize).toBe(36 + wav.samples.length * 2);
		expect(wav.samples.length / wav.sampleRate).toBe(keepAudibleTone.seconds);
		expect(keepAudibleTone.seconds).toBeGreaterThan(5);
	});

	it('peaks near -62 dBFS: never loud, yet above what Chromium counts as silence', () => {
		const peak = Math.max(...wav.samples.map(Math.abs));
		expect(dbfs(peak)).toBeGreaterThan(-62.5);
		expect(dbfs(peak)).toBeLessThan(-61.5);
		// Chromium's audibility threshold is on signal power: mean square, in dBFS.
		const power = wav.samples.reduce((sum, s) => sum + (s / 32768) ** 2, 0) / wav.samples.length;
		expect(10 * Math.log10(power)).toBeGreaterThan(-72);
	});

	it('loops without a click: the last sample leads smoothly into the first', () => {
		const { samples } = wav;
		const largestStep = Math.max(...samples.slice(1).map((s, i) => Math.abs(s - samples[i])));
		expect(Math.abs(samples[0] - samples.at(-1)!)).toBeLessThanOrEqual(largestStep);
		expect(samples[0]).toBe(0);
	});

	it('is a steady tone, not silence: every cycle of 30 Hz reaches the peak', () => {
		const perCycle = wav.sampleRate / keepAudibleTone.hz;
		const cycles = Math.floor(wav.samples.length / perCycle);
		expect(cycles).toBe(300);
		for (let c = 0; c < cycles; c++) {
			const cycle = wav.samples.slice(Math.round(c * perCycle), Math.round((c + 1) * perCycle));
			expect(Math.max(...cycle)).toBeGreaterThan(20);
		}
	});
});
