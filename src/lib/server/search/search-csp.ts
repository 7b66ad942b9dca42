/**
 * The pages that search (the library's pages and /search/) may compile Pagefind's WebAssembly:
 * `'wasm-unsafe-eval'` joins their `script-src`, and no other page's. Kit's policy is one for
 * all pages (svelte.config.js), written into each page as a <meta> tag; this adds the keyword to
 * that tag while the page is prerendered (src/hooks.server.ts).
 */
export const searchingRoutes: ReadonlySet<string> = new Set(['/', '/page/[n]', '/search']);

const policyTag = /(<meta http-equiv="content-security-policy" content="[^"]*?\bscript-src 'self')/;

/** `html` with WebAssembly allowed in its policy; throws when the page has no such policy. */
export function allowWebAssembly(html: string): string {
	if (!policyTag.test(html)) throw new Error('no script-src in the page policy to extend');
	return html.replace(policyTag, "$1 'wasm-unsafe-eval'");
}
