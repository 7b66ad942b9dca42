import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The heap of this thread, in bytes (the prerender runs in a worker thread of its own). */
const heapUsed = () => process.memoryUsage().heapUsed;

let fullCollection: (() => void) | undefined;

/** V8's full collection, exposed at run time (the build is not started with --expose-gc). */
function collectAll(): void {
	if (!fullCollection) {
		setFlagsFromString('--expose-gc');
		fullCollection = runInNewContext('gc') as () => void;
	}
	fullCollection();
}

/**
 * A turn of the event loop now and then while prerendering, and a full collection when the heap
 * has grown by half since the last one.
 *
 * Kit prerenders request after request in one unbroken run of promise callbacks, and much of
 * what it allocated was let go only when the loop turned: for 20,000 articles the prerender's
 * live heap rose from 80 to 354 MB while it wrote the listening files (measured with
 * `--trace-gc`). A turn every 25 requests kept it as low as one every request did.
 *
 * What is let go then piles up in V8's old generation, which V8 collects only once it is about
 * four times what was live after the last collection (57 MB live, collected at 200 MB, for
 * 2,000 articles): so the build's peak depended on where in that cycle the prerender ended, and
 * grew by 0.1 MB an article between 500 and 2,000 articles while holding nothing more. Collecting
 * once the heap is half as large again as what was live (and over `floor`) keeps the peak near
 * that, at no measurable cost in time.
 */
export function prerenderTurns({
	every = 25,
	floor = 96 * 2 ** 20,
	heap = heapUsed,
	collect = collectAll
}: {
	every?: number;
	floor?: number;
	/** The heap's size now, and a full collection: V8's, but for tests. */
	heap?: () => number;
	collect?: () => void;
} = {}) {
	let requests = 0;
	let limit = floor;
	/** Call once a request: a promise of the next turn, every `every` requests; else undefined. */
	return (): Promise<void> | undefined => {
		if (++requests % every !== 0) return undefined;
		return new Promise((resolve) =>
			setImmediate(() => {
				if (heap() > limit) {
					collect();
					limit = Math.max(floor, 1.5 * heap());
				}
				resolve();
			})
		);
	};
}
