import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { providedBy } from '../setup/test-packages.js';
import { freePort, type SiteServer } from './static-server';

const root = join(import.meta.dirname, '..', '..');
const deployDir = join(root, 'deploy', 'nginx');

/** Resolve once something accepts connections on `port`, polling every 50 ms up to `ms`. */
async function accepting(port: number, ms = 10_000): Promise<void> {
	const until = Date.now() + ms;
	for (;;) {
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
		if (open) return;
		if (Date.now() > until) throw new Error(`nginx did not listen on port ${port} within ${ms} ms`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/**
 * The built site served by real nginx with the configuration Folio documents
 * (deploy/nginx/folio.conf and its headers snippet, included as they are), on a loopback port,
 * from a temporary prefix: nothing written outside it, nothing left running. Stops and resumes
 * like StaticServer, so the offline and update journeys run over it unchanged.
 */
export class NginxServer implements SiteServer {
	#child: ChildProcess | undefined;
	readonly #prefix = mkdtempSync(join(tmpdir(), 'folio-nginx-'));

	private constructor(
		readonly port: number,
		public dir: string
	) {
		mkdirSync(join(this.#prefix, 'conf', 'snippets'), { recursive: true });
		copyFileSync(join(deployDir, 'folio.conf'), join(this.#prefix, 'conf', 'folio.conf'));
		copyFileSync(
			join(deployDir, 'folio-headers.conf'),
			join(this.#prefix, 'conf', 'snippets', 'folio-headers.conf')
		);
	}

	/** Start nginx for `dir` (default build/) on a free port. */
	static async start(dir = join(root, 'build')): Promise<NginxServer> {
		const server = new NginxServer(await freePort(), dir);
		await server.resume();
		return server;
	}

	get url(): string {
		return `http://localhost:${this.port}`;
	}

	/** What nginx logged as errors (a misconfigured location shows here first). */
	errorLog(): string {
		try {
			return readFileSync(join(this.#prefix, 'error.log'), 'utf8');
		} catch {
			return '';
		}
	}

	/** The main configuration: Debian's MIME types and Brotli module, and Folio's server. */
	#configure(): string {
		const path = join(this.#prefix, 'conf', 'nginx.conf');
		const prefix = this.#prefix;
		writeFileSync(
			path,
			[
				`load_module ${providedBy('libnginx-mod-http-brotli-static')};`,
				// As root, workers would otherwise run as nobody, who may not read the checkout.
				process.getuid?.() === 0 ? 'user root;' : '',
				'worker_processes 1;',
				`pid ${join(prefix, 'nginx.pid')};`,
				`error_log ${join(prefix, 'error.log')} warn;`,
				'events { worker_connections 256; }',
				'http {',
				'  include /etc/nginx/mime.types;',
				'  default_type application/octet-stream;',
				'  access_log off;',
				...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
					(name) => `  ${name}_temp_path ${join(prefix, `${name}-temp`)};`
				),
				'  server {',
				`    listen 127.0.0.1:${this.port};`,
				`    root ${this.dir};`,
				'    include folio.conf;',
				'  }',
				'}'
			].join('\n')
		);
		return path;
	}

	/** Start (again) on the same port, so the origin and its service worker stay the same. */
	async resume(dir = this.dir): Promise<void> {
		if (this.#child) throw new Error('nginx already running');
		this.dir = dir;
		const config = this.#configure();
		const child = spawn(
			providedBy('nginx'),
			[
				'-p',
				this.#prefix,
				'-e',
				join(this.#prefix, 'error.log'),
				'-c',
				config,
				'-g',
				'daemon off;'
			],
			{ stdio: ['ignore', 'ignore', 'inherit'] }
		);
		this.#child = child;
		const exited = new Promise<never>((_, reject) =>
			child.once('exit', (code) =>
				reject(new Error(`nginx exited with ${code} at start:\n${this.errorLog()}`))
			)
		);
		await Promise.race([accepting(this.port), exited]);
		child.removeAllListeners('exit');
	}

	/** Stop nginx and wait until it has exited (its port closed). */
	async stop(): Promise<void> {
		const child = this.#child;
		if (!child) return;
		this.#child = undefined;
		if (child.exitCode !== null || child.signalCode !== null) return;
		await new Promise<void>((resolve) => {
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
		});
	}

	/** Stop, and remove the temporary prefix. */
	async dispose(): Promise<void> {
		await this.stop();
		rmSync(this.#prefix, { recursive: true, force: true });
	}
}
