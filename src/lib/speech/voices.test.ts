import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseVoice, loadVoices, rankVoices, type VoiceInfo, type VoiceSource } from './voices';

class FakeVoiceSource extends EventTarget implements VoiceSource {
	voices: ReturnType<VoiceSource['getVoices']> = [];
	getVoices() {
		return this.voices;
	}
}
const aVoice = { voiceURI: 'v1', name: 'One', lang: 'en-US', localService: true, default: true };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('loadVoices', () => {
	it('returns the voices at once when there are some', async () => {
		const source = new FakeVoiceSource();
		source.voices = [aVoice];
		await expect(loadVoices(source)).resolves.toEqual([
			{ uri: 'v1', name: 'One', lang: 'en-US', local: true, isDefault: true }
		]);
	});

	it('waits for voiceschanged', async () => {
		const source = new FakeVoiceSource();
		const loaded = loadVoices(source);
		source.voices = [aVoice];
		source.dispatchEvent(new Event('voiceschanged'));
		await expect(loaded).resolves.toHaveLength(1);
	});

	it('polls, for browsers that never fire voiceschanged', async () => {
		const source = new FakeVoiceSource();
		const loaded = loadVoices(source);
		await vi.advanceTimersByTimeAsync(1000);
		source.voices = [aVoice];
		await vi.advanceTimersByTimeAsync(300);
		await expect(loaded).resolves.toHaveLength(1);
	});

	it('gives up with no voices after the timeout', async () => {
		const source = new FakeVoiceSource();
		const loaded = loadVoices(source, 3000);
		await vi.advanceTimersByTimeAsync(3000);
		await expect(loaded).resolves.toEqual([]);
		expect(vi.getTimerCount()).toBe(0);
	});
});

const voice = (uri: string, lang: string, local: boolean, isDefault = false): VoiceInfo => ({
	uri,
	name: uri,
	lang,
	local,
	isDefault
});
const voices = [
	voice('fr', 'fr-FR', true, true),
	voice('gb-net', 'en-GB', false),
	voice('us-net', 'en-US', false),
	voice('us-local', 'en-US', true),
	voice('gb-local', 'en_GB', true)
];

describe('ranking and choosing voices', () => {
	it("puts the article's language first, the exact tag before the same language", () => {
		expect(rankVoices(voices, 'en-GB', false).map((v) => v.uri)).toEqual([
			'gb-net',
			'gb-local',
			'us-net',
			'us-local',
			'fr'
		]);
	});

	it('prefers offline voices when offline', () => {
		expect(rankVoices(voices, 'en-US', true).map((v) => v.uri)).toEqual([
			'us-local',
			'us-net',
			'gb-local',
			'gb-net',
			'fr'
		]);
		expect(chooseVoice(voices, 'en', true, undefined)?.uri).toBe('gb-local');
	});

	it('keeps the remembered voice, unless it needs the network while offline', () => {
		expect(chooseVoice(voices, 'en', false, 'us-net')?.uri).toBe('us-net');
		expect(chooseVoice(voices, 'en', true, 'us-net')?.local).toBe(true);
		expect(chooseVoice(voices, 'en', false, 'gone')?.lang).toMatch(/^en/);
	});

	it('chooses nothing when no voice speaks the language', () => {
		expect(chooseVoice(voices, 'de', false, undefined)).toBeUndefined();
	});
});
