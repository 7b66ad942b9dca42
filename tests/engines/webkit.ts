import { type ChildProcess, spawn } from 'node:child_process';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { providedBy } from '../setup/test-packages.js';
import { freePort } from '../support/static-server';
import {
	controlMarker,
	type EngineDriver,
	markControl,
	phone,
	type Role,
	takeProblems,
	watchPage
} from './driver';

/**
 * WebKit (WebKitGTK's MiniBrowser, Safari's engine) through WebKitWebDriver, the W3C WebDriver
 * server Debian ships with it. Each driver is a fresh browser with its own (ephemeral) storage.
 *
 * WebDriver classic has no init scripts and WebKitWebDriver no log endpoint or BiDi, so page
 * problems are watched from the first moment a script can run after each load. Trouble during
 * the load itself shows by its effect: the journeys check that the app started and that the
 * pre-paint settings applied.
 */
export class WebKitDriver implements EngineDriver {
	readonly engine = 'webkit';
	#seen: string[] = [];

	private constructor(
		private readonly session: WebDriver,
		private readonly server: ChildProcess,
		private readonly baseURL: string
	) {}

	static async open({
		baseURL,
		display,
		userAgent
	}: {
		baseURL: string;
		display: string;
		userAgent?: string;
	}): Promise<WebKitDriver> {
		const port = await freePort();
		const server = spawn(providedBy('webkit2gtk-driver'), [`--port=${port}`], {
			env: { ...process.env, DISPLAY: display },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let log = '';
		server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		const url = `http://127.0.0.1:${port}`;
		const deadline = Date.now() + 10_000;
		for (;;) {
			const ready = await fetch(`${url}/status`).then(
				(response) => response.ok,
				() => false
			);
			if (ready) break;
			if (server.exitCode !== null || Date.now() > deadline) {
				server.kill('SIGKILL');
				throw new Error(`WebKitWebDriver did not start: ${log}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		const args = ['--automation', ...(userAgent ? [`--user-agent=${userAgent}`] : [])];
		try {
			const session = await new Builder()
				.usingServer(url)
				.withCapabilities({
					browserName: 'MiniBrowser',
					'webkitgtk:browserOptions': { binary: providedBy('libwebkit2gtk-4.1-0'), args }
				})
				.build();
			// The window, not the viewport: WebKitGTK keeps a minimum width of about 450 px.
			await session.manage().window().setRect(phone);
			return new WebKitDriver(session, server, baseURL);
		} catch (error) {
			server.kill('SIGKILL');
			throw error;
		}
	}

	async goto(path: string): Promise<void> {
		await this.#collect();
		await this.session.get(new URL(path, this.baseURL).href);
		await this.#arm();
	}

	async reload(): Promise<void> {
		await this.#collect();
		await this.session.navigate().refresh();
		await this.#arm();
	}

	async click(name: string, role: Role = 'button'): Promise<void> {
		const selector = await this.run(markControl, { name, role, marker: controlMarker });
		await this.#collect();
		await this.session.findElement(By.css(selector)).click();
		await this.#arm();
	}

	async press(key: string): Promise<void> {
		const named = {
			ArrowRight: Key.ARROW_RIGHT,
			ArrowLeft: Key.ARROW_LEFT,
			Escape: Key.ESCAPE,
			Enter: Key.ENTER
		}[key];
		await this.session
			.actions()
			.sendKeys(named ?? key)
			.perform();
	}

	async run<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
		return (await this.session.executeScript(`return (${fn})(arguments[0]);`, arg)) as T;
	}

	async problems(): Promise<string[]> {
		await this.#collect();
		return this.#seen.splice(0);
	}

	async close(): Promise<void> {
		try {
			await this.session.quit();
		} finally {
			this.server.kill('SIGTERM');
		}
	}

	/** Start watching the page now showing (a no-op when it already is). */
	async #arm(): Promise<void> {
		// A click that navigates may still be loading the next page: retry until a script runs.
		for (let attempt = 0; ; attempt++) {
			try {
				await this.run(watchPage);
				return;
			} catch (error) {
				if (attempt >= 20) throw error;
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
		}
	}

	async #collect(): Promise<void> {
		try {
			this.#seen.push(...(await this.run(takeProblems)));
		} catch {
			// No page to read (before the first load, or mid-navigation): nothing collected.
		}
	}
}
