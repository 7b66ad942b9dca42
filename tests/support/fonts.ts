import type { Page } from '@playwright/test';

/** The font families Chromium really used to draw the text of the first `selector` match. */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		return fonts.map((font) => font.familyName);
	} finally {
		await cdp.detach();
	}
}
