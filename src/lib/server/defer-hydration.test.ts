import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deferHydration } from './defer-hydration';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const boot = `
	{
		__sveltekit_abc = { base: "" };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("/_app/immutable/entry/start.js"),
			import("/_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { data: "$& costs $1" });
		});
	}`;
const page = `<head>
		<link href="/_app/immutable/entry/start.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/a.js" rel="modulepreload">
		<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(boot)} 'sha256-other'">
	</head><body><script>${boot}</script></body>`;

describe('deferHydration', () => {
	const out = deferHydration(page);
	const script = /<script>([\s\S]*)<\/script>/.exec(out)![1];

	it('drops the module preloads', () => {
		expect(out).not.toContain('modulepreload');
	});

	it('keeps the data verbatim', () => {
		expect(script).toContain('{ data: "$& costs $1" }');
		expect(() => new Function(script)).not.toThrow();
	});

	/**
	 * Run the rewritten boot script against a fake page. `paint` says whether the browser has
	 * paint timing. Returns the page's controls and what the script did.
	 */
	function bootPage(paint: boolean) {
		const timers: { at: number; run: () => void }[] = [];
		let now = 0;
		const listeners: Record<string, () => void> = {};
		const frames: (() => void)[] = [];
		let observed: ((list: { getEntriesByName(name: string): unknown[] }) => void) | undefined;
		const done = { imported: [] as string[], started: false };
		const app = { start: () => (done.started = true) };
		class FakeObserver {
			static supportedEntryTypes = paint ? ['paint', 'longtask'] : ['longtask'];
			constructor(callback: typeof observed) {
				observed = callback;
			}
			observe() {}
		}
		const context = {
			document: { readyState: 'loading', currentScript: { parentElement: {} } },
			addEventListener: (type: string, run: () => void) => (listeners[type] = run),
			setTimeout: (run: () => void, delay = 0) => timers.push({ at: now + delay, run }),
			requestAnimationFrame: (run: () => void) => frames.push(run),
			PerformanceObserver: paint ? FakeObserver : undefined,
			load: async (url: string) => (done.imported.push(url), app),
			self: {} as Record<string, unknown>
		};
		context.self.PerformanceObserver = context.PerformanceObserver;
		// Dynamic import() cannot run in a vm context: the fake `load` stands in for it.
		runInNewContext(script.replaceAll('import(', 'load('), context);
		const settle = () => new Promise((resolve) => setImmediate(resolve));
		return {
			done,
			async fire(type: string) {
				listeners[type]?.();
				await settle();
			},
			async paint(name: string) {
				observed?.({ getEntriesByName: (wanted) => (wanted === name ? [{}] : []) });
				await settle();
			},
			async frame() {
				frames.splice(0).forEach((run) => run());
				await settle();
			},
			/** Let `ms` pass and run the timers then due (not those they set), with their promises. */
			async wait(ms: number) {
				now += ms;
				const due = timers.filter((timer) => timer.at <= now);
				for (const timer of due) {
					timers.splice(timers.indexOf(timer), 1);
					timer.run();
					await settle();
				}
			}
		};
	}

	it('starts the client only after the load event and the first contentful paint', async () => {
		const page = bootPage(true);
		await page.wait(0);
		expect(page.done.imported).toEqual([]);
		await page.fire('load');
		await page.paint('first-paint');
		await page.wait(0);
		expect(page.done.imported).toEqual([]);
		await page.paint('first-contentful-paint');
		await page.wait(0);
		expect(page.done.imported).toEqual([
			'/_app/immutable/entry/start.js',
			'/_app/immutable/entry/app.js'
		]);
		// Hydration runs in a task of its own, after the one that evaluated the modules.
		expect(page.done.started).toBe(false);
		await page.wait(0);
		expect(page.done.started).toBe(true);
	});

	it('without paint timing, starts after the next frame', async () => {
		const page = bootPage(false);
		await page.fire('load');
		await page.wait(0);
		expect(page.done.imported).toEqual([]);
		await page.frame();
		await page.wait(0);
		await page.wait(0);
		expect(page.done.started).toBe(true);
	});

	it('starts 3 s after load even if the page is never painted (a hidden tab)', async () => {
		const page = bootPage(true);
		await page.fire('load');
		await page.wait(2999);
		expect(page.done.imported).toEqual([]);
		await page.wait(1);
		await page.wait(0);
		expect(page.done.started).toBe(true);
	});

	it('replaces the boot script’s hash in the policy and keeps the others', () => {
		expect(out).toContain(hash(script));
		expect(out).not.toContain(hash(boot));
		expect(out).toContain("'sha256-other'");
	});

	it('leaves pages without a boot script alone, and refuses an unknown shape', () => {
		expect(deferHydration('<p>plain</p>')).toBe('<p>plain</p>');
		expect(() => deferHydration(page.replace('Promise.all([', 'Promise.any(['))).toThrow(
			/unexpected shape/
		);
	});
});
