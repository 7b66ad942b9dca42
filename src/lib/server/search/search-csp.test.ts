import { describe, expect, it } from 'vitest';
import { allowWebAssembly } from './search-csp';

const page = (policy: string) =>
	`<head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body>`;

describe('allowWebAssembly', () => {
	it("adds 'wasm-unsafe-eval' to script-src only", () => {
		const html = allowWebAssembly(
			page("default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self'")
		);
		expect(html).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-x'; style-src 'self'");
		expect(html.match(/wasm-unsafe-eval/g)).toHaveLength(1);
		expect(html).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
	});

	it('leaves a page without a policy failing loudly, not open', () => {
		expect(() => allowWebAssembly('<head></head>')).toThrow(/no script-src/);
	});

	it('does not touch script-src-attr or a policy elsewhere in the text', () => {
		const html = allowWebAssembly(
			page("script-src-attr 'none'; script-src 'self'") + "<p>script-src 'self'</p>"
		);
		expect(html).toContain("script-src-attr 'none'; script-src 'self' 'wasm-unsafe-eval'");
		expect(html).toContain("<p>script-src 'self'</p>");
	});
});
