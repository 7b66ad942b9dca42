import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deferHydration } from './defer-hydration';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const boot = `
	{
		__sveltekit_abc = { base: "" };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("/_app/immutable/entry/start.js"),
			import("/_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { data: "$& costs $1" });
		});
	}`;
const page = `<head>
		<link href="/_app/immutable/entry/start.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/a.js" rel="modulepreload">
		<meta http-equiv="content-security-policy" content="script-src 'self' ${hash(boot)} 'sha256-other'">
	</head><body><script>${boot}</script></body>`;

describe('deferHydration', () => {
	const out = deferHydration(page);
	const script = /<script>([\s\S]*)<\/script>/.exec(out)![1];

	it('drops the module preloads', () => {
		expect(out).not.toContain('modulepreload');
	});

	it('starts the client after the load event, keeping the data verbatim', () => {
		expect(script).toContain("addEventListener('load'");
		expect(script).toContain('.then(() => Promise.all([');
		expect(script).toContain(']))' + '.then(([kit, app]) =>');
		expect(script).toContain('{ data: "$& costs $1" }');
		expect(() => new Function(script)).not.toThrow();
	});

	it('replaces the boot script’s hash in the policy and keeps the others', () => {
		expect(out).toContain(hash(script));
		expect(out).not.toContain(hash(boot));
		expect(out).toContain("'sha256-other'");
	});

	it('leaves pages without a boot script alone, and refuses an unknown shape', () => {
		expect(deferHydration('<p>plain</p>')).toBe('<p>plain</p>');
		expect(() => deferHydration(page.replace('Promise.all([', 'Promise.any(['))).toThrow(
			/unexpected shape/
		);
	});
});
