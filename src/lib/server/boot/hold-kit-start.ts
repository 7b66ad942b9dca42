import { bootHold } from '$lib/boot/start-after-paint.js';

/** Vite's client build manifest: each source's output file, its static imports and its CSS. */
export type ClientManifest = Record<string, { file: string; imports?: string[]; css?: string[] }>;

/**
 * The lazily loaded code a first tap opens: the text settings panel, the listening player, and
 * the reading tools (Share, mark as read). Asked for at low priority together with the app, so
 * a tap made as the text appears does not wait for another round trip.
 */
export const firstTapSources = [
	'src/lib/settings/SettingsPanel.svelte',
	'src/lib/speech/ListeningPlayer.svelte',
	'src/lib/progress/tools.ts'
];

/**
 * The output files of `sources` and everything they import, with their stylesheets, from Vite's
 * client manifest. The stylesheets too: a lazily imported component does not show until its CSS
 * has loaded, and asked for only at import that is one more round trip after the tap.
 */
export function modulesOf(manifest: ClientManifest, sources: string[]): string[] {
	const files = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk) throw new Error(`hold-kit-start: ${key} is not in the client manifest`);
		if (files.has(chunk.file)) return;
		files.add(chunk.file);
		chunk.css?.forEach((css) => files.add(css));
		chunk.imports?.forEach(visit);
	};
	sources.forEach(visit);
	return [...files].map((file) => `/${file}`);
}

/**
 * SvelteKit starts its client at once and preloads every module from <head>; Folio starts it
 * after the first paint instead (src/lib/boot/start-after-paint.js), because reading needs no
 * JavaScript and nothing may compete with the text. Kit has no option for that (see
 * https://github.com/sveltejs/kit/issues/1390 on controlling hydration): this makes Kit's boot
 * script inert, its text untouched (so Kit's own CSP hash still allows it when it runs), and
 * moves the module preload list from <head> onto it, to be asked for all at once after the
 * paint, with `later` (the first-tap modules) after them. Used through the public
 * `transformPageChunk` hook; tests/build.spec.ts checks it on the built pages. A page without
 * Kit's boot script passes unchanged; one whose boot script has an unknown shape fails the build.
 */
export function holdKitStart(html: string, later: string[] = []): string {
	const boots = [...html.matchAll(/<script>(\s*\{\s*__sveltekit_\w+ = \{[\s\S]*?)<\/script>/g)];
	if (boots.length === 0) {
		if (html.includes('__sveltekit_'))
			throw new Error('hold-kit-start: Kit’s boot script has an unexpected shape');
		return html;
	}
	if (boots.length > 1) throw new Error('hold-kit-start: more than one boot script');
	const [boot] = boots;
	const modules: string[] = [];
	const withoutPreloads = html.replace(
		/[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g,
		(_, href: string) => {
			modules.push(href);
			return '';
		}
	);
	const after = later.filter((href) => !modules.includes(href));
	const held =
		`<script type="text/x-folio-held" id="${bootHold.scriptId}" ` +
		`${bootHold.modulesAttribute}="${modules.join(' ')}" ` +
		`${bootHold.laterAttribute}="${after.join(' ')}">${boot[1]}</script>`;
	return withoutPreloads.replace(boot[0], () => held);
}
