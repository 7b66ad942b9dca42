// The small driver interface the cross-engine journeys are written against, and the in-page
// helpers every engine shares. Each engine implements it with the automation its browser
// offers here: Playwright for Chromium, WebDriver (WebKitWebDriver) for WebKit, WebDriver BiDi
// (puppeteer-core) for Firefox.

export type EngineName = 'chromium' | 'webkit' | 'firefox';

/** What a journey may ask of a browser. Paths are relative to the site under test. */
export interface EngineDriver {
	readonly engine: EngineName;
	/** Load `path` and wait for its load event. */
	goto(path: string): Promise<void>;
	reload(): Promise<void>;
	/** A real (trusted) click on the one visible control with this accessible name. */
	click(name: string, role?: Role): Promise<void>;
	/** Press a key (a KeyboardEvent `key` value) in the focused element. */
	press(key: string): Promise<void>;
	/** Run `fn` in the page (it may return a promise) and return its JSON result. */
	run<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
	/** Page errors, console errors, policy violations and foreign requests seen since last asked. */
	problems(): Promise<string[]>;
	close(): Promise<void>;
}

/** Journeys run at a common phone's size, where the driver can set it. */
export const phone = { width: 390, height: 844 };

/** What opening an engine's driver takes: the site, and the speech engine's audio environment. */
export interface OpenOptions {
	baseURL: string;
	/** The environment of the speech engine's audio server (tests/support/real-speech.ts). */
	env?: Record<string, string>;
}

export type Role = 'button' | 'link' | 'radio';

/**
 * Wait until `fn` returns true in the page; fail with `what` after `timeout` ms. Like every
 * `run`, it must return plain JSON (a DOM node does not cross every driver).
 */
export async function waitFor<A>(
	driver: EngineDriver,
	what: string,
	fn: (arg: A) => boolean | undefined | Promise<boolean>,
	arg?: A,
	timeout = 15_000
): Promise<void> {
	const deadline = Date.now() + timeout;
	let last: unknown;
	for (;;) {
		try {
			if ((await driver.run(fn, arg)) === true) return;
		} catch (error) {
			// A navigation in progress destroys the page the script ran in: try again.
			last = error;
		}
		if (Date.now() > deadline) {
			throw new Error(
				`${driver.engine}: timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${last})` : ''}`
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** The marker a driver's native click looks for, set by `markControl`. */
export const controlMarker = 'data-engine-target';

/**
 * In the page: find the one visible control of `role` whose accessible name is `name` (from
 * aria-labelledby, aria-label or its text, the parts of the name computation Folio's controls
 * use), and mark it for the driver's native click. Throws, naming what it saw, when there is not
 * exactly one.
 */
export function markControl({
	name,
	role,
	marker
}: {
	name: string;
	role: Role;
	marker: string;
}): string {
	const selector = {
		link: 'a[href]',
		button: 'button, [role="button"], summary, input[type="button"], input[type="submit"]',
		radio: 'input[type="radio"]'
	}[role];
	const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
	// Text as a screen reader reads it: without what is hidden from it.
	const textOf = (node: Node): string => {
		if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
		if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
		return [...node.childNodes].map(textOf).join('');
	};
	// A radio is clicked where a reader taps it: on its label.
	const target = (element: Element) => (element as HTMLInputElement).labels?.[0] ?? element;
	const nameOf = (element: Element): string => {
		const labelledBy = element.getAttribute('aria-labelledby');
		if (labelledBy) {
			return squash(
				labelledBy
					.split(/\s+/)
					.map((id) => document.getElementById(id)?.textContent)
					.join(' ')
			);
		}
		const label = element.getAttribute('aria-label');
		if (label) return squash(label);
		const labels = (element as HTMLInputElement).labels;
		if (labels?.length) return squash([...labels].map(textOf).join(' '));
		return squash(textOf(element));
	};
	const visible = (element: Element) => {
		const box = element.getBoundingClientRect();
		const style = getComputedStyle(element);
		return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
	};
	for (const old of document.querySelectorAll(`[${marker}]`)) old.removeAttribute(marker);
	const candidates = [...document.querySelectorAll(selector)].filter((element) =>
		visible(target(element))
	);
	const matches = candidates.filter((element) => nameOf(element) === name);
	if (matches.length !== 1) {
		const seen = candidates.map(nameOf).join(' | ');
		throw new Error(
			`${matches.length} visible ${role}s named "${name}" (visible ${role}s: ${seen})`
		);
	}
	const chosen = target(matches[0]);
	chosen.setAttribute(marker, '');
	chosen.scrollIntoView({ block: 'center', behavior: 'instant' });
	return `[${marker}]`;
}

export type WatchedProblems = { problems: string[] };

/**
 * In the page: collect uncaught errors, unhandled rejections, console errors and Content
 * Security Policy violations into `window.__engineWatch`. Installed before the page's own
 * scripts where the engine allows it (an init script), else as soon as a driver can run a
 * script after load. Safe to run twice.
 */
export function watchPage(): void {
	const holder = window as unknown as { __engineWatch?: WatchedProblems };
	if (holder.__engineWatch) return;
	const watch: WatchedProblems = { problems: [] };
	holder.__engineWatch = watch;
	const note = (text: string) => watch.problems.push(`${location.pathname}: ${text}`);
	addEventListener('error', (event) => note(`page error: ${event.message}`));
	addEventListener('unhandledrejection', (event) =>
		note(`unhandled rejection: ${String(event.reason)}`)
	);
	document.addEventListener('securitypolicyviolation', (event) =>
		note(`CSP violation: ${event.violatedDirective} (${event.blockedURI || 'inline'})`)
	);
	const error = console.error.bind(console);
	console.error = (...args: unknown[]) => {
		note(`console error: ${args.map(String).join(' ')}`);
		error(...args);
	};
}

/**
 * In the page: what `watchPage` collected, and every resource the page asked of another
 * origin (from the Resource Timing entries, which every engine keeps). Clears the list.
 */
export function takeProblems(): string[] {
	const holder = window as unknown as { __engineWatch?: WatchedProblems };
	const problems = holder.__engineWatch?.problems.splice(0) ?? [];
	for (const entry of performance.getEntriesByType('resource')) {
		const url = new URL(entry.name, location.href);
		if (url.origin !== location.origin && url.protocol !== 'data:' && url.protocol !== 'blob:') {
			problems.push(`${location.pathname}: request to another origin: ${entry.name}`);
		}
	}
	performance.clearResourceTimings();
	return problems;
}
