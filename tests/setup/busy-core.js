// Runs a command with one core kept busy by something else, as on a shared machine: races in
// the tests show up there, not on an idle one. The busy loop is a child process of its own
// (what stress-ng --cpu 1 does), ended with the command.
//   node tests/setup/busy-core.js <command> [args...]   e.g. node tests/setup/busy-core.js npm test
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
if (!command) {
	console.error('usage: node tests/setup/busy-core.js <command> [args...]');
	process.exit(2);
}
const busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
console.log(
	`busy-core: one core kept busy (pid ${busy.pid}) while \`${[command, ...args].join(' ')}\` runs`
);
const run = spawn(command, args, { stdio: 'inherit' });
const stop = () => busy.kill('SIGKILL');
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		run.kill(signal);
	});
}
run.on('exit', (code, signal) => {
	stop();
	process.exit(code ?? (signal ? 1 : 0));
});
