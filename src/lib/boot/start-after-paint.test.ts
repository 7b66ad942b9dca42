import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bootHold, startAfterPaintScript } from './start-after-paint.js';

type Listener = (event: unknown) => void;

/** An element of the fake page: attributes, a parent, and closest('button'). */
class FakeElement {
	attributes = new Map<string, string>();
	children: FakeElement[] = [];
	parentNode: FakeElement | null = null;
	textContent = '';
	rel = '';
	as = '';
	href = '';
	disabled = false;
	constructor(readonly tagName: string) {}
	setAttribute(name: string, value: string) {
		this.attributes.set(name, value);
	}
	getAttribute(name: string) {
		return this.attributes.get(name) ?? null;
	}
	hasAttribute(name: string) {
		return this.attributes.has(name);
	}
	closest(tag: string): FakeElement | null {
		return this.tagName === tag ? this : (this.parentNode?.closest(tag) ?? null);
	}
	appendChild(child: FakeElement) {
		child.parentNode = this;
		this.children.push(child);
	}
	insertBefore(child: FakeElement, before: FakeElement | null) {
		child.parentNode = this;
		const at = before ? this.children.indexOf(before) : -1;
		if (at < 0) this.children.push(child);
		else this.children.splice(at, 0, child);
	}
	get nextSibling() {
		const siblings = this.parentNode?.children ?? [];
		return siblings[siblings.indexOf(this) + 1] ?? null;
	}
}

/**
 * A page in a vm: the inline script runs in it against fake timers, events and paint timing;
 * `held` is Kit's inert boot script (absent with `withApp: false`).
 */
function page({ paintTiming = true, withApp = true, vendor = 'Google Inc.' } = {}) {
	const timers: { at: number; run: () => void }[] = [];
	let now = 0;
	const windowListeners: Record<string, Listener> = {};
	const documentListeners: Record<string, Listener | undefined> = {};
	const frames: (() => void)[] = [];
	let observed: ((list: { getEntriesByName(name: string): unknown[] }) => void) | undefined;
	const root = new FakeElement('html');
	const head = new FakeElement('head');
	const body = new FakeElement('div');
	const held = new FakeElement('script');
	held.textContent = '{ __sveltekit_x = {}; kit.start(); }';
	held.setAttribute('id', bootHold.scriptId);
	held.setAttribute(bootHold.modulesAttribute, '/a.js /b.js');
	held.setAttribute(bootHold.laterAttribute, '/panel.js /panel.css');
	if (withApp) body.appendChild(held);
	const spoken: string[] = [];
	class FakeObserver {
		static supportedEntryTypes = paintTiming ? ['paint', 'longtask'] : ['longtask'];
		constructor(callback: typeof observed) {
			observed = callback;
		}
		observe() {}
	}
	const context: Record<string, unknown> = {
		document: {
			readyState: 'loading',
			documentElement: root,
			head,
			getElementById: (id: string) => (withApp && id === bootHold.scriptId ? held : null),
			createElement: (tag: string) => new FakeElement(tag),
			addEventListener: (type: string, run: Listener) => (documentListeners[type] = run),
			removeEventListener: (type: string) => (documentListeners[type] = undefined)
		},
		addEventListener: (type: string, run: Listener) => (windowListeners[type] = run),
		setTimeout: (run: () => void, delay = 0) => timers.push({ at: now + delay, run }),
		requestAnimationFrame: (run: () => void) => frames.push(run),
		PerformanceObserver: paintTiming ? FakeObserver : undefined,
		navigator: { vendor },
		speechSynthesis: { speak: (u: { text: string }) => spoken.push(u.text) },
		SpeechSynthesisUtterance: class {
			constructor(readonly text: string) {}
		}
	};
	context.window = context;
	runInNewContext(startAfterPaintScript, context);
	const started = () => body.children.filter((child) => child !== held);
	return {
		root,
		head,
		held,
		spoken,
		started,
		taps: () => (context[bootHold.tapsGlobal] as { taps: FakeElement[] }).taps,
		load: () => windowListeners.load?.({}),
		paint: (name: string) =>
			observed?.({ getEntriesByName: (wanted) => (wanted === name ? [{}] : []) }),
		frame: () => frames.splice(0).forEach((run) => run()),
		wait(ms: number) {
			now += ms;
			for (const timer of timers.filter((t) => t.at <= now)) {
				timers.splice(timers.indexOf(timer), 1);
				timer.run();
			}
		},
		/** A click on `element`; true when the page kept it from the browser. */
		click(element: FakeElement) {
			let prevented = false;
			documentListeners.click?.({ target: element, preventDefault: () => (prevented = true) });
			return prevented;
		}
	};
}

describe('startAfterPaint', () => {
	it('runs Kit’s boot text only after the load event and the first contentful paint', () => {
		const p = page();
		expect(p.root.hasAttribute(bootHold.appAttribute)).toBe(true);
		p.wait(0);
		p.load();
		p.paint('first-paint');
		p.wait(0);
		expect(p.started()).toEqual([]);
		p.paint('first-contentful-paint');
		p.wait(0);
		const [boot] = p.started();
		// The very same text, right after the held one (Kit finds its place from it).
		expect(boot.tagName).toBe('script');
		expect(boot.textContent).toBe(p.held.textContent);
		expect(p.held.nextSibling).toBe(boot);
	});

	it('asks for every module at once, the first-tap ones and their CSS at low priority, then only once', () => {
		const p = page();
		p.load();
		p.paint('first-contentful-paint');
		p.wait(0);
		p.wait(3000);
		expect(
			p.head.children.map((link) => [
				link.rel,
				link.as,
				link.href,
				link.getAttribute('fetchpriority')
			])
		).toEqual([
			['modulepreload', '', '/a.js', null],
			['modulepreload', '', '/b.js', null],
			['modulepreload', '', '/panel.js', 'low'],
			['preload', 'style', '/panel.css', 'low']
		]);
		expect(p.started()).toHaveLength(1);
	});

	it('without paint timing, starts after the next frame', () => {
		const p = page({ paintTiming: false });
		p.load();
		p.wait(0);
		expect(p.started()).toEqual([]);
		p.frame();
		p.wait(0);
		expect(p.started()).toHaveLength(1);
	});

	it('starts 3 s after load even if the page is never painted (a hidden tab)', () => {
		const p = page();
		p.load();
		p.wait(2999);
		expect(p.started()).toEqual([]);
		p.wait(1);
		expect(p.started()).toHaveLength(1);
	});

	it('keeps a tap on a button before the app runs, once, and shows it pressed at once', () => {
		const p = page();
		const button = new FakeElement('button');
		const label = new FakeElement('span');
		button.appendChild(label);
		expect(p.click(label)).toBe(true);
		expect(p.click(button)).toBe(true);
		expect(p.taps()).toEqual([button]);
		expect(button.hasAttribute(bootHold.pendingAttribute)).toBe(true);
		expect(button.getAttribute('aria-busy')).toBe('true');
		// Not links, text, or disabled buttons: those stay the browser's.
		expect(p.click(new FakeElement('a'))).toBe(false);
		const disabled = new FakeElement('button');
		disabled.disabled = true;
		expect(p.click(disabled)).toBe(false);
		expect(p.spoken).toEqual([]);
	});

	it('lets a tap on Listen unlock speech in WebKit, which wants it from the tap itself', () => {
		const listen = new FakeElement('button');
		listen.setAttribute('data-folio-speaks', '');
		const webkit = page({ vendor: 'Apple Computer, Inc.' });
		webkit.click(listen);
		expect(webkit.spoken).toEqual(['']);
		const chromium = page();
		chromium.click(listen);
		expect(chromium.spoken).toEqual([]);
	});

	it('on a page with no app to start, gives the buttons back to the browser', () => {
		const p = page({ withApp: false });
		const button = new FakeElement('button');
		p.load();
		p.paint('first-contentful-paint');
		p.wait(0);
		expect(p.started()).toEqual([]);
		expect(p.click(button)).toBe(false);
	});
});
