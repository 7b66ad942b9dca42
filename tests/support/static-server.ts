import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** A server of the built site that a test owns: stopping it is the network going away. */
export interface SiteServer {
	readonly port: number;
	readonly url: string;
	/** The folder served now. */
	dir: string;
	/** Start again on the same port (the same origin, so the same service worker), maybe with another build. */
	resume(dir?: string): Promise<void>;
	/** Stop, and wait until the port is closed. */
	stop(): Promise<void>;
}

/**
 * The built site served by scripts/tools/serve.js in a child process the test owns: stopping it is
 * how a test takes the network away (Playwright's setOffline does not cover the service worker).
 */
export class StaticServer implements SiteServer {
	#child: ChildProcess | undefined;

	private constructor(
		readonly port: number,
		public dir: string
	) {}

	/** Start a server for `dir` (default build/) on a free port. */
	static async start(dir = join(root, 'build')): Promise<StaticServer> {
		const server = new StaticServer(await freePort(), dir);
		await server.resume();
		return server;
	}

	get url(): string {
		return `http://localhost:${this.port}`;
	}

	/** Start (again) on the same port, so the origin and its service worker stay the same. */
	async resume(dir = this.dir): Promise<void> {
		if (this.#child) throw new Error('server already running');
		this.dir = dir;
		const child = spawn(
			process.execPath,
			[join(root, 'scripts', 'tools', 'serve.js'), '--port', String(this.port), '--dir', dir],
			{
				stdio: ['ignore', 'pipe', 'inherit']
			}
		);
		this.#child = child;
		await new Promise<void>((resolve, reject) => {
			child.once('exit', (code) => reject(new Error(`serve.js exited with ${code}`)));
			child.stdout?.on('data', (chunk: Buffer) => {
				if (chunk.toString().includes('is served at')) resolve();
			});
		});
		child.removeAllListeners('exit');
		// A server that dies while a test runs is named in the log, not left to look like a
		// page that failed to load.
		child.once('exit', (code, signal) => {
			if (this.#child !== child) return;
			this.#child = undefined;
			console.error(
				`serve.js on port ${this.port} stopped unexpectedly (exit code ${code}, signal ${signal}; it exits 0 only when sent SIGINT or SIGTERM)`
			);
		});
	}

	/** Stop the server and wait until the port is closed. */
	async stop(): Promise<void> {
		const child = this.#child;
		if (!child) return;
		this.#child = undefined;
		child.removeAllListeners('exit');
		// Already gone (killed from outside): waiting for its exit would wait forever.
		if (child.exitCode !== null || child.signalCode !== null) return;
		await new Promise<void>((resolve) => {
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
		});
	}
}
