import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertEnginesInstalled, assertRealSpeechInstalled } from '../support/real-speech';
import { testPhases } from './run-tests.js';
import { installCommand, packagesToInstall, providedBy, testPackages } from './test-packages.js';

/** A machine that has exactly the files in `files`. */
const machine = (files: Iterable<string>) => {
	const present = new Set(files);
	return (path: string) => present.has(path);
};

describe('the packages npm test installs', () => {
	it('on a bare machine, installs Chromium, the real speech engine, WebKit, Firefox and nginx', () => {
		const planned = packagesToInstall({ exists: machine([]) }).map((pkg) => pkg.name);
		expect(planned).toEqual([
			'chromium',
			'chromium-headless-shell',
			'speech-dispatcher',
			'speech-dispatcher-espeak-ng',
			'espeak-ng',
			'pulseaudio',
			'webkit2gtk-driver',
			'libwebkit2gtk-4.1-0',
			'xvfb',
			'firefox-esr',
			'nginx',
			'libnginx-mod-http-brotli-static'
		]);
	});

	it('installs what the engine journeys run: WebKitWebDriver, MiniBrowser, Xvfb, Firefox', () => {
		const bare = machine([]);
		expect(() => assertEnginesInstalled(bare)).toThrow(installCommand(testPackages.engines));
		const installed = packagesToInstall({ exists: bare }).map((pkg) => pkg.provides);
		expect(() => assertEnginesInstalled(machine(installed))).not.toThrow();
		// The drivers start exactly these files.
		for (const name of ['webkit2gtk-driver', 'libwebkit2gtk-4.1-0', 'xvfb', 'firefox-esr'])
			expect(installed).toContain(providedBy(name));
		for (const left of testPackages.engines.map((pkg) => pkg.provides)) {
			const without = machine(installed.filter((file) => file !== left));
			expect(() => assertEnginesInstalled(without)).toThrow(left);
		}
	});

	it('installs exactly what the real-engine test needs: enough, and nothing of it to spare', () => {
		const bare = machine([]);
		expect(() => assertRealSpeechInstalled(bare)).toThrow(installCommand(testPackages.speech));
		const planned = packagesToInstall({ exists: bare, otherBrowser: true });
		expect(planned).toEqual([
			...testPackages.speech,
			...testPackages.engines,
			...testPackages.deploy
		]);
		// After the install step, the real-engine test finds its engine...
		const installed = planned.map((pkg) => pkg.provides);
		expect(() => assertRealSpeechInstalled(machine(installed))).not.toThrow();
		// ...and lacks it if any one of its packages were left out.
		for (const left of testPackages.speech.map((pkg) => pkg.provides)) {
			const without = machine(installed.filter((file) => file !== left));
			expect(() => assertRealSpeechInstalled(without)).toThrow(left);
		}
	});

	it('installs nothing on a machine that has it all, and only what is missing otherwise', () => {
		const everything = Object.values(testPackages)
			.flat()
			.map((pkg) => pkg.provides);
		expect(packagesToInstall({ exists: machine(everything) })).toEqual([]);
		const noEspeak = machine(everything.filter((file) => file !== '/usr/bin/espeak-ng'));
		expect(packagesToInstall({ exists: noEspeak }).map((pkg) => pkg.name)).toEqual(['espeak-ng']);
	});

	it('runs before the browser tests in the README test command, and CI installs nothing else', () => {
		const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(scripts.test).toBe('node tests/setup/run-tests.js');
		expect(testPhases.at(-1)?.script).toBe('test:browser');
		expect(scripts['test:browser']).toMatch(/^node tests\/setup\/ensure-test-packages\.js && /);
		const ci = readFileSync('.ci/run', 'utf8');
		expect(ci).not.toMatch(/apt-get install/);
		expect(ci).toMatch(/^npm test$/m);
	});
});
