import { describe, expect, it } from 'vitest';
import { prerenderTurns } from './prerender-turns';

describe('prerenderTurns', () => {
	it('waits for a turn of the event loop once every so many requests', async () => {
		const turn = prerenderTurns({ every: 3 });
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

	it('collects the heap at a turn once it is half as large again as after the last collection', async () => {
		let heap = 50;
		const collections: number[] = [];
		const turn = prerenderTurns({
			every: 1,
			floor: 100,
			heap: () => heap,
			collect: () => {
				collections.push(heap);
				heap = 80; // what is live
			}
		});
		for (const size of [60, 100, 101, 115, 121, 110]) {
			heap = size;
			await turn();
		}
		// Over the floor at 101, down to 80 live: next at more than 120.
		expect(collections).toEqual([101, 121]);
	});

	it('exposes V8 full collection at run time, and it frees what is unreachable', async () => {
		const turn = prerenderTurns({ every: 1, floor: 0 });
		// 16 MB that nothing refers to once the function returns.
		const allocate = () => Array.from({ length: 200 }, () => new Array(10_000).fill(1)).length;
		expect(allocate()).toBe(200);
		const before = process.memoryUsage().heapUsed;
		await turn();
		expect(process.memoryUsage().heapUsed).toBeLessThan(before - 10 * 2 ** 20);
	});
});
