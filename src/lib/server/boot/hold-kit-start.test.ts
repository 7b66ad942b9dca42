import { describe, expect, it } from 'vitest';
import { bootHold } from '$lib/boot/start-after-paint.js';
import { holdKitStart, modulesOf } from './hold-kit-start';

// The shapes Kit 2 renders; tests/build.spec.ts checks the same on the real built pages.
const boot = `
				{
					__sveltekit_abc = { base: "" };
					const element = document.currentScript.parentElement;
					Promise.all([import("/_app/immutable/entry/start.js")]).then(([kit]) => kit.start());
				}
			`;
const page = `<head>
		<link href="/_app/immutable/entry/start.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/a.js" rel="modulepreload">
	</head><body><div><script>${boot}</script></div></body>`;

describe('holdKitStart', () => {
	it('makes the boot script inert, its text untouched, with the module lists on it', () => {
		const out = holdKitStart(page, ['/_app/immutable/chunks/a.js', '/_app/immutable/chunks/p.js']);
		expect(out).not.toContain('rel="modulepreload"');
		expect(out).toContain(
			`<script type="text/x-folio-held" id="${bootHold.scriptId}" ` +
				`${bootHold.modulesAttribute}="/_app/immutable/entry/start.js /_app/immutable/chunks/a.js" ` +
				`${bootHold.laterAttribute}="/_app/immutable/chunks/p.js">${boot}</script>`
		);
		expect(out).not.toContain('<script>');
	});

	it('leaves a page without Kit’s boot script alone, and refuses one it cannot read', () => {
		expect(holdKitStart('<p>plain</p>')).toBe('<p>plain</p>');
		expect(() => holdKitStart(page.replace('__sveltekit_abc = {', '__sveltekit_abc={'))).toThrow(
			/unexpected shape/
		);
	});
});

describe('modulesOf', () => {
	const manifest = {
		'src/Panel.svelte': { file: '_app/panel.js', imports: ['_shared.js'], css: ['_app/panel.css'] },
		'_shared.js': { file: '_app/shared.js', imports: ['_deep.js'], css: ['_app/panel.css'] },
		'_deep.js': { file: '_app/deep.js', imports: ['_shared.js'] }
	};

	it('lists a source’s file, its CSS and everything it imports, once each', () => {
		expect(modulesOf(manifest, ['src/Panel.svelte'])).toEqual([
			'/_app/panel.js',
			'/_app/panel.css',
			'/_app/shared.js',
			'/_app/deep.js'
		]);
	});

	it('fails the build when a first-tap source is not in the build', () => {
		expect(() => modulesOf(manifest, ['src/Gone.svelte'])).toThrow(/src\/Gone.svelte/);
	});
});
