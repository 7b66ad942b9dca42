import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath, quietChromiumArgs } from '../setup/browser-path.js';
import { installCommand, missingPackages, testPackages } from '../setup/test-packages.js';

/** Fail loudly, never skip, when a group of test packages is missing (`npm test` installs them). */
export function assertInstalled(
	group: 'speech' | 'engines' | 'deploy',
	what: string,
	exists: (path: string) => boolean = existsSync
): void {
	const missing = missingPackages(testPackages[group], exists);
	if (missing.length > 0) {
		throw new Error(
			`${what} is not installed (missing ${missing.map((pkg) => pkg.provides).join(', ')}). ` +
				`Install it with: ${installCommand(testPackages[group])} (npm test does this on Debian as root).`
		);
	}
}

/** Fail loudly, never skip, when the real engine is not installed (`npm test` installs it). */
export function assertRealSpeechInstalled(exists: (path: string) => boolean = existsSync): void {
	assertInstalled('speech', 'The real speech engine', exists);
}

/** Fail loudly, never skip, when WebKit or Firefox is not installed (`npm test` installs them). */
export function assertEnginesInstalled(exists: (path: string) => boolean = existsSync): void {
	assertInstalled('engines', 'WebKit or Firefox', exists);
}

/**
 * A PulseAudio server with a null sink, in its own HOME and XDG_RUNTIME_DIR, so speech has an
 * audio device (without one, `start` fires and `end` never does). `env` is for the browser.
 */
export class NullAudio {
	private constructor(
		readonly env: Record<string, string>,
		private readonly dir: string,
		private readonly child: ChildProcess
	) {}

	static async start(): Promise<NullAudio> {
		const dir = mkdtempSync(join(tmpdir(), 'folio-audio-'));
		const home = join(dir, 'home');
		const runtime = join(dir, 'run');
		mkdirSync(home);
		mkdirSync(runtime, { mode: 0o700 });
		const env = { ...process.env, HOME: home, XDG_RUNTIME_DIR: runtime } as Record<string, string>;
		const child = spawn(
			'pulseaudio',
			[
				'-n',
				'--daemonize=no',
				'--exit-idle-time=-1',
				'-L',
				'module-null-sink',
				'-L',
				'module-native-protocol-unix'
			],
			{ env, stdio: ['ignore', 'ignore', 'pipe'] }
		);
		let log = '';
		child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		const socket = join(runtime, 'pulse', 'native');
		const deadline = Date.now() + 10_000;
		while (!existsSync(socket)) {
			if (child.exitCode !== null || Date.now() > deadline) {
				child.kill('SIGKILL');
				throw new Error(`pulseaudio did not start: ${log}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		return new NullAudio(env, dir, child);
	}

	/** Stop the audio server (and the speech-dispatcher the browser spawned in its HOME). */
	async stop(): Promise<void> {
		const exited = new Promise((resolve) => this.child.once('exit', resolve));
		this.child.kill('SIGTERM');
		await exited;
		// speech-dispatcher, autospawned by the browser with this HOME, quits when idle, but
		// its pid file says which one is ours.
		const pidFile = join(
			this.env.XDG_RUNTIME_DIR,
			'speech-dispatcher',
			'pid',
			'speech-dispatcher.pid'
		);
		if (existsSync(pidFile)) spawnSync('sh', ['-c', `kill "$(cat '${pidFile}')" 2>/dev/null`]);
		rmSync(this.dir, { recursive: true, force: true });
	}
}

/** Chromium speaking through speech-dispatcher, with a NullAudio's `env` (or the machine's). */
export function launchSpeakingChromium(env?: Record<string, string>): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		env,
		args: [...quietChromiumArgs, '--enable-speech-dispatcher']
	});
}
