import { describe, expect, it } from 'vitest';
import { prerenderTurns } from './prerender-turns';

describe('prerenderTurns', () => {
	it('waits for a turn of the event loop once every so many requests', async () => {
		const turn = prerenderTurns(3);
		expect([turn(), turn()]).toEqual([undefined, undefined]);
		// A turn: what the loop was already going to do next has run by then, and no run of
		// promise callbacks alone gets there.
		let turned = false;
		setImmediate(() => (turned = true));
		const wait = turn();
		expect(wait).toBeInstanceOf(Promise);
		for (let i = 0; i < 100; i++) await Promise.resolve();
		expect(turned).toBe(false);
		await wait;
		expect(turned).toBe(true);
		expect([turn(), turn(), turn()].map((next) => next !== undefined)).toEqual([
			false,
			false,
			true
		]);
	});
});
