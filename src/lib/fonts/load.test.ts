import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFaces } from './load';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('loadFaces', () => {
	it('asks for the regular and bold faces of the stack', async () => {
		const load = vi.fn(async () => []);
		vi.stubGlobal('document', { fonts: { load } });
		await loadFaces("'Lexend', sans-serif");
		expect(load.mock.calls).toEqual([
			["400 1em 'Lexend', sans-serif"],
			["700 1em 'Lexend', sans-serif"]
		]);
	});

	it('gives up waiting after the limit', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('document', { fonts: { load: () => new Promise(() => {}) } });
		const done = vi.fn();
		const waiting = loadFaces('x', 3000).then(done);
		await vi.advanceTimersByTimeAsync(2999);
		expect(done).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		await waiting;
		expect(done).toHaveBeenCalled();
	});

	it('never rejects, and resolves at once without the Font Loading API', async () => {
		vi.stubGlobal('document', { fonts: { load: () => Promise.reject(new Error('bad')) } });
		await expect(loadFaces('x')).resolves.toBeUndefined();
		vi.stubGlobal('document', {});
		await expect(loadFaces('x')).resolves.toBeUndefined();
	});
});
