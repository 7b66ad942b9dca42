import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, firstArticle, test } from './support/fixtures';

const sourceLines = readFileSync(
	join(import.meta.dirname, '..', 'content', 'sources', 'us-ukraine-florida-talks.txt'),
	'utf8'
)
	.split('\n')
	.filter(Boolean);

test.describe('the article page', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(firstArticle);
	});

	test('shows every line of the source verbatim', async ({ page }) => {
		const article = page.locator('article');
		await expect(article.locator('.byline')).toHaveText(sourceLines[0]);
		const blocks = article.locator(':scope > h2, :scope > p[id]');
		await expect(blocks).toHaveText(sourceLines.slice(1));
		await expect(article).toContainText('the exchanges were “useful” and would continue');
	});

	test('has one article with the language, one h1, four h2 sections and landmarks', async ({
		page
	}) => {
		await expect(page.locator('article')).toHaveCount(1);
		await expect(page.locator('article')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks'
		);
		await expect(page.getByRole('heading', { level: 2 })).toHaveText([
			'From Florida to Moscow — and Back Again',
			'What the New Florida Talks Will Focus On',
			'Obstacles Still Cloud the Negotiations',
			'A Critical Week of Diplomacy Ahead'
		]);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('banner')).toHaveCount(1);
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
		await expect(page.getByRole('article')).toHaveAccessibleName(
			/U\.S\. and Ukraine to meet again/
		);
	});

	test('marks each of the 18 body sentences with a stable id', async ({ page }) => {
		await expect(page.locator('article > p[id] .sentence[id]')).toHaveCount(18);
		await expect(page.locator('#b1-1')).toHaveText(/^The White House has announced/);
		await expect(page.locator('#b1-2')).toHaveText(/^The new meeting signals/);
	});

	test('describes itself to search engines and link previews', async ({ page }) => {
		await expect(page).toHaveTitle(/U\.S\. and Ukraine to meet again in Florida/);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Florida/);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			/\/articles\/us-ukraine-florida-talks\/$/
		);
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
		const jsonLd = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').textContent()) ?? ''
		);
		expect(jsonLd).toMatchObject({
			'@type': 'NewsArticle',
			headline: 'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks',
			inLanguage: 'en',
			author: { name: 'U.S. Department of State' }
		});
		expect(jsonLd).not.toHaveProperty('datePublished');
	});

	test('shows reading and listening time', async ({ page }) => {
		await expect(page.locator('article .facts')).toHaveText(/\d+ min read · \d+ min listen/);
	});

	for (const width of [320, 768, 1440]) {
		test(`fits a ${width} px viewport without sideways scrolling`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBe(0);
		});
	}
});
