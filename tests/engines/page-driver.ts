import {
	controlMarker,
	type EngineDriver,
	type EngineName,
	markControl,
	type Role,
	takeProblems
} from './driver';

/**
 * The parts of a page that Playwright and puppeteer-core both offer, alike, reduced to what the
 * journeys need. The page is watched from before its own scripts run (an init or preload script
 * installing `watchPage`); its page errors and console errors are collected too.
 */
export type LibraryPage = {
	goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
	reload(options: { waitUntil: 'load' }): Promise<unknown>;
	click(selector: string): Promise<unknown>;
	keyboard: { press(key: string): Promise<unknown> };
	evaluate(fn: (arg: unknown) => unknown, arg: unknown): Promise<unknown>;
	url(): string;
	on(event: 'pageerror', listener: (error: Error) => void): unknown;
	on(event: 'console', listener: (message: { type(): string; text(): string }) => void): unknown;
};

/** An EngineDriver over a Playwright or puppeteer-core page. */
export class PageDriver implements EngineDriver {
	#seen: string[] = [];

	constructor(
		readonly engine: EngineName,
		private readonly page: LibraryPage,
		private readonly baseURL: string,
		/** Closes the page's browser. */
		readonly close: () => Promise<void>
	) {
		const note = (text: string) => this.#seen.push(`${new URL(page.url()).pathname}: ${text}`);
		page.on('pageerror', (error) => note(`page error: ${String(error)}`));
		page.on('console', (message) => {
			if (message.type() === 'error') note(`console error: ${message.text()}`);
		});
	}

	async goto(path: string): Promise<void> {
		await this.#collect();
		await this.page.goto(new URL(path, this.baseURL).href, { waitUntil: 'load' });
	}

	async reload(): Promise<void> {
		await this.#collect();
		await this.page.reload({ waitUntil: 'load' });
	}

	async click(name: string, role: Role = 'button'): Promise<void> {
		const selector = await this.run(markControl, { name, role, marker: controlMarker });
		await this.#collect();
		await this.page.click(selector);
	}

	async press(key: string): Promise<void> {
		await this.page.keyboard.press(key);
	}

	async run<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
		return (await this.page.evaluate(fn as (arg: unknown) => unknown, arg)) as T;
	}

	async problems(): Promise<string[]> {
		await this.#collect();
		return [...new Set(this.#seen.splice(0))];
	}

	async #collect(): Promise<void> {
		try {
			this.#seen.push(...(await this.run(takeProblems)));
		} catch {
			// No page to read (mid-navigation): nothing collected.
		}
	}
}
