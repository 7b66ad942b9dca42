// `npm test`: every check and test, in order, stopping at the first that fails, and how long
// each phase took (printed, and kept in test-report/phases.json for the run's record).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

/** The phases of `npm test`, each an npm script. The browser phase installs what it needs. */
export const testPhases = [
	{ name: 'types', script: 'check' },
	{ name: 'format and lint', script: 'lint' },
	{ name: 'unit', script: 'test:unit' },
	{ name: 'build', script: 'build' },
	{ name: 'browser', script: 'test:browser' }
];

/** Seconds as "1 min 05 s" or "42 s". @param {number} seconds */
export function formatSeconds(seconds) {
	const whole = Math.round(seconds);
	if (whole < 60) return `${whole} s`;
	return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

function main() {
	/** @type {{ phase: string, seconds: number, status: number }[]} */
	const ran = [];
	let status = 0;
	for (const phase of testPhases) {
		const began = performance.now();
		const result = spawnSync('npm', ['run', phase.script], { stdio: 'inherit' });
		status = result.status ?? 1;
		ran.push({ phase: phase.name, seconds: (performance.now() - began) / 1000, status });
		if (status !== 0) break;
	}
	console.log('\nnpm test, phase by phase:');
	for (const { phase, seconds, status: code } of ran)
		console.log(
			`  ${phase.padEnd(16)} ${formatSeconds(seconds).padStart(11)}  ${code === 0 ? 'ok' : 'FAILED'}`
		);
	const total = ran.reduce((sum, { seconds }) => sum + seconds, 0);
	console.log(`  ${'all'.padEnd(16)} ${formatSeconds(total).padStart(11)}`);
	mkdirSync('test-report', { recursive: true });
	writeFileSync(
		'test-report/phases.json',
		JSON.stringify({ phases: ran, total }, null, '\t') + '\n'
	);
	process.exit(status);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
