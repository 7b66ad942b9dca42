/**
 * The signal that keeps listening going in a pocket. Chromium neither throttles nor freezes a
 * page that plays audible sound, and Android shows lock-screen and notification controls only
 * for a playing media element (longer than 5 s); speech alone is neither. So while Folio speaks,
 * the player loops this tone through an <audio> element (KeepAudible.svelte).
 *
 * Never loud: a 30 Hz sine at 62 dB below full scale. Chromium counts a page as audible above
 * about -72 dBFS of signal power (this tone's is -65), frequency aside; people hear 30 Hz only
 * above about 60 dB SPL, which this level does not reach even on earbuds at full volume, and
 * phone speakers do not reproduce it. A truly silent signal would not count. It is made here, in
 * the page, as a WAV in memory: nothing to download or cache, so it works offline from the start.
 */

export interface Tone {
	hz: number;
	/** Peak level, dB relative to full scale. */
	dbfs: number;
	seconds: number;
	sampleRate: number;
}

/** Ten seconds (over Android's 5-second minimum) of whole cycles, so the loop has no click. */
export const keepAudibleTone: Tone = { hz: 30, dbfs: -62, seconds: 10, sampleRate: 8000 };

/** `tone` as a 16-bit mono PCM WAV file. */
export function toneWav({ hz, dbfs, seconds, sampleRate }: Tone = keepAudibleTone): ArrayBuffer {
	const samples = Math.round(seconds * sampleRate);
	const dataBytes = samples * 2;
	const buffer = new ArrayBuffer(44 + dataBytes);
	const view = new DataView(buffer);
	const text = (at: number, value: string) => {
		for (let i = 0; i < value.length; i++) view.setUint8(at + i, value.charCodeAt(i));
	};
	text(0, 'RIFF');
	view.setUint32(4, 36 + dataBytes, true);
	text(8, 'WAVE');
	text(12, 'fmt ');
	view.setUint32(16, 16, true); // the format chunk's size
	view.setUint16(20, 1, true); // PCM
	view.setUint16(22, 1, true); // mono
	view.setUint32(24, sampleRate, true);
	view.setUint32(28, sampleRate * 2, true); // bytes a second
	view.setUint16(32, 2, true); // bytes a sample
	view.setUint16(34, 16, true); // bits a sample
	text(36, 'data');
	view.setUint32(40, dataBytes, true);
	const peak = 32767 * 10 ** (dbfs / 20);
	for (let i = 0; i < samples; i++) {
		const value = Math.round(peak * Math.sin((2 * Math.PI * hz * i) / sampleRate));
		view.setInt16(44 + i * 2, value, true);
	}
	return buffer;
}
