import { type ChildProcess, spawn } from 'node:child_process';
import { providedBy } from '../setup/test-packages.js';

/**
 * A virtual X display (Xvfb) for engines that cannot run headless here: WebKitGTK's MiniBrowser
 * fails with "cannot open display" without one. Xvfb picks a free display number itself
 * (-displayfd), so parallel workers never collide.
 */
export class XDisplay {
	private constructor(
		readonly display: string,
		private readonly child: ChildProcess
	) {}

	static async start(): Promise<XDisplay> {
		const child = spawn(
			providedBy('xvfb'),
			['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
			{
				stdio: ['ignore', 'ignore', 'pipe', 'pipe']
			}
		);
		let log = '';
		child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
		const number = await new Promise<string>((resolve, reject) => {
			let out = '';
			child.stdio[3]?.on('data', (chunk: Buffer) => {
				out += chunk.toString();
				if (out.includes('\n')) resolve(out.trim());
			});
			child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${log}`)));
			child.once('error', reject);
		});
		child.removeAllListeners('exit');
		return new XDisplay(`:${number}`, child);
	}

	async stop(): Promise<void> {
		if (this.child.exitCode !== null) return;
		const exited = new Promise((resolve) => this.child.once('exit', resolve));
		this.child.kill('SIGTERM');
		await exited;
	}
}
