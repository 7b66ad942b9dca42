import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.build-old-*/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'test-report/',
			'bench-results/',
			'.tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Folio is always served at the root (its service worker's scope is '/'), so links
			// need no base path; resolve() would only add noise to every href.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }],
			'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }]
		}
	}
);
