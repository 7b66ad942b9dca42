// The Debian packages the browser tests need, in one place: `npm test` installs them
// (tests/setup/ensure-test-packages.js) and each test that needs one names it from here.
import { existsSync } from 'node:fs';

/**
 * @typedef {{ name: string, provides: string }} SystemPackage
 * A Debian package and a file it installs, which tells whether it is there.
 */

/** Debian's directory for this machine's architecture (multiarch), where MiniBrowser lives. */
const multiarch = process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';

/** @type {Record<'browser' | 'speech' | 'engines' | 'deploy', SystemPackage[]>} */
export const testPackages = {
	// Chromium for every browser test (unless CHROME_PATH or Playwright's own browser is found):
	// its headless shell for the Playwright suite, the full browser where speech is real.
	browser: [
		{ name: 'chromium', provides: '/usr/bin/chromium' },
		{ name: 'chromium-headless-shell', provides: '/usr/lib/chromium/chromium-headless-shell' }
	],
	// A real speech engine for tests/real-speech.spec.ts: speech-dispatcher with espeak-ng, and
	// PulseAudio for a null audio sink (without one, `start` fires and `end` never does).
	speech: [
		{ name: 'speech-dispatcher', provides: '/usr/bin/speech-dispatcher' },
		{
			name: 'speech-dispatcher-espeak-ng',
			provides: '/usr/lib/speech-dispatcher-modules/sd_espeak-ng'
		},
		{ name: 'espeak-ng', provides: '/usr/bin/espeak-ng' },
		{ name: 'pulseaudio', provides: '/usr/bin/pulseaudio' }
	],
	// The engines phones use besides Chromium, for tests/engines.spec.ts: WebKit (WebKitGTK's
	// MiniBrowser, driven by WebKitWebDriver on a virtual X display) and Firefox ESR.
	engines: [
		{ name: 'webkit2gtk-driver', provides: '/usr/bin/WebKitWebDriver' },
		{
			name: 'libwebkit2gtk-4.1-0',
			provides: `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`
		},
		{ name: 'xvfb', provides: '/usr/bin/Xvfb' },
		{ name: 'firefox-esr', provides: '/usr/bin/firefox-esr' }
	],
	// The deployment the docs describe, for tests/nginx.spec.ts: nginx, and the Brotli module
	// that serves the build's .br copies.
	deploy: [
		{ name: 'nginx', provides: '/usr/sbin/nginx' },
		{
			name: 'libnginx-mod-http-brotli-static',
			provides: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'
		}
	]
};

/**
 * Where the package `name` put the file a test uses.
 * @param {string} name
 */
export function providedBy(name) {
	const pkg = Object.values(testPackages)
		.flat()
		.find((candidate) => candidate.name === name);
	if (!pkg) throw new Error(`${name} is not a test package`);
	return pkg.provides;
}

/**
 * The packages of `group` whose file is missing.
 * @param {SystemPackage[]} group
 * @param {(path: string) => boolean} [exists]
 */
export function missingPackages(group, exists = existsSync) {
	return group.filter((pkg) => !exists(pkg.provides));
}

/** The command that installs `packages` on Debian. @param {SystemPackage[]} packages */
export function installCommand(packages) {
	return `apt-get install -y ${packages.map((pkg) => pkg.name).join(' ')}`;
}

/**
 * What `npm test` must install before the browser tests: every test package that is missing,
 * except Chromium when another browser was named or Playwright has its own.
 * @param {{ exists?: (path: string) => boolean, otherBrowser?: boolean }} [machine]
 * @returns {SystemPackage[]}
 */
export function packagesToInstall({ exists = existsSync, otherBrowser = false } = {}) {
	return [
		...(otherBrowser ? [] : missingPackages(testPackages.browser, exists)),
		...missingPackages(testPackages.speech, exists),
		...missingPackages(testPackages.engines, exists),
		...missingPackages(testPackages.deploy, exists)
	];
}
