// A small library of articles with pictures, for the browser tests, the screens and the bench:
// a lead photo, figures with captions and credits, a decorative image, an inline icon and an
// SVG chart. The photos are drawn here (a landscape with film grain, so they compress like real
// photos), from a seed: the same call writes the same bytes.
//   npx tsx scripts/tools/picture-library.ts DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { random } from './synthetic-library.ts';

/** A landscape photo, `width` x `height`, as JPEG (or PNG) bytes; `seed` picks its light and hills. */
export async function testPhoto(
	width: number,
	height: number,
	seed: number,
	format: 'jpeg' | 'png' = 'jpeg'
): Promise<Buffer> {
	const next = random(seed);
	const hue = Math.round(next() * 360);
	const hills = Array.from({ length: 4 }, (_, i) => {
		const base = height * (0.5 + i * 0.12);
		const points = Array.from({ length: 9 }, (_, k) => {
			const x = (k / 8) * width;
			return `${x.toFixed(0)},${(base - next() * height * 0.18).toFixed(0)}`;
		});
		const light = 35 - i * 7;
		return `<polygon points="0,${height} ${points.join(' ')} ${width},${height}" fill="hsl(${(hue + 90 + i * 12) % 360} 35% ${light}%)"/>`;
	}).join('');
	const sun = `<circle cx="${(width * (0.2 + next() * 0.6)).toFixed(0)}" cy="${(height * 0.25).toFixed(0)}" r="${(height * 0.08).toFixed(0)}" fill="hsl(${(hue + 30) % 360} 90% 85%)"/>`;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue} 60% 45%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 70% 80%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#sky)"/>${sun}${hills}</svg>`;
	// Film grain: gentle noise, drawn from the seed (libvips' own noise is random).
	const grain = Buffer.alloc(width * height);
	for (let i = 0; i < grain.length; i++) grain[i] = 128 + Math.round((next() - 0.5) * 40);
	const noise = await sharp(grain, { raw: { width, height, channels: 1 } })
		.toColourspace('srgb')
		.png()
		.toBuffer();
	const photo = sharp(Buffer.from(svg)).composite([{ input: noise, blend: 'soft-light' }]);
	return format === 'png' ? photo.png().toBuffer() : photo.jpeg({ quality: 88 }).toBuffer();
}

const chart = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="640" height="360"><rect width="640" height="360" fill="#f4f1ea"/><g fill="#2f6f8f"><rect x="60" y="200" width="80" height="120"/><rect x="180" y="140" width="80" height="180"/><rect x="300" y="90" width="80" height="230"/><rect x="420" y="170" width="80" height="150"/></g><path d="M40 320H600" stroke="#333" stroke-width="2"/></svg>`;

/** The article with every kind of image: the one the tests and screens read. */
export const pictureArticle = 'a-day-on-the-river';

/**
 * The middle of the day, long enough that the pictures after it are well below the first
 * screens: a browser loads lazy images from about 1,250 to 2,500 px ahead of the view.
 */
const longer = [
	'By ten the boats are out again, further this time, past the island where the channel deepens.',
	'The older fishermen work the deep water with long nets; the younger ones stay near the reeds with lines.',
	'At noon everything stops. Boats drift in the shade of the far bank, and the crews eat on deck.',
	'Someone always has a radio, and the same songs carry from boat to boat across the water.',
	'The heat settles on the valley. Even the birds go quiet, and the river seems to slow down with them.',
	'In the villages above, the market money is counted and the next day planned.',
	'Some of it goes on nets and rope, some on fuel, and some on the school fees due at the end of the month.',
	'By two the wind picks up from the west, and the boats turn for home one by one.'
]
	.flatMap((sentence) => [
		`${sentence} ${sentence.replace(/\.$/, '')}, as it has every day this season.`,
		`${sentence.replace(/\.$/, '')}, the harbour office notes, and nobody expects otherwise.`
	])
	.join('\n\n');

const article = `---
title: A day on the river, from the first light to the market
byline: By Folio's test desk
lang: en
published: 2026-11-30
summary: A made-up report with a lead photo, figures with captions and credits, a chart and an inline icon.
source:
  name: Folio test fixtures
image:
  src: media/river.jpg
  alt: A wide river valley at dawn, with layered hills under a pale sun.
  caption: The valley at first light, seen from the bridge.
  credit: 'Photo: Folio test desk'
---

The boats leave before the sun is up. By the time it clears the hills, the first of them are already at the bend, where the water slows and the fishing starts.

Nobody here keeps a written timetable. The river sets the day, and everyone knows how to read it: the colour of the water, the mist on the far bank, the birds.

## The market

![Stalls along the quay, their awnings in a row under a morning sky.](media/market.jpg "The quay market opens at seven. | Photo: Folio test desk")

By seven the quay is full. Traders come down from the hill villages with baskets, and the boats tie up three deep to sell straight from the deck.

Prices are written in chalk on slates ![a small fish](media/fish.png) and rubbed out as the morning goes on. A good catch is gone by nine.

${longer}

![decorative](media/wave.png)

## What the river carries

![A bar chart of four months' catch, highest in the third month.](media/catch.svg "Catch by month, in crates. | Source: the harbour office")

The harbour office counts every crate. In a good month the numbers double; in a dry one the boats stay tied up and the market moves to the road.

Late in the afternoon the light goes gold, and the river is quiet again until the next morning.
`;

const plain = `---
title: A quiet week at the harbour office
byline: By Folio's test desk
lang: en
published: 2026-11-20
summary: A made-up report with no pictures, beside the one with them.
source:
  name: Folio test fixtures
---

The harbour office had a quiet week. Nothing was counted that had not been counted before.

The clerk took the chance to repaint the sign by the door, which now reads the same as before, only brighter.
`;

/** Write the library into `dir` (its articles and their media/ folder). */
export async function writePictureLibrary(dir: string): Promise<void> {
	const media = join(dir, 'media');
	mkdirSync(media, { recursive: true });
	writeFileSync(join(dir, `${pictureArticle}.md`), article);
	writeFileSync(join(dir, 'a-quiet-week.md'), plain);
	writeFileSync(join(media, 'river.jpg'), await testPhoto(1600, 1067, 1));
	writeFileSync(join(media, 'market.jpg'), await testPhoto(1200, 800, 2));
	writeFileSync(
		join(media, 'fish.png'),
		await sharp({
			create: { width: 40, height: 24, channels: 4, background: { r: 40, g: 90, b: 130, alpha: 1 } }
		})
			.png()
			.toBuffer()
	);
	writeFileSync(
		join(media, 'wave.png'),
		await sharp(
			Buffer.from(
				`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="40"><path d="M0 20 Q 25 0 50 20 T 100 20 T 150 20 T 200 20 T 250 20 T 300 20 T 350 20 T 400 20 T 450 20 T 500 20 T 550 20 T 600 20" fill="none" stroke="#7a9cb0" stroke-width="3"/></svg>`
			)
		)
			.png()
			.toBuffer()
	);
	writeFileSync(join(media, 'catch.svg'), chart);
}

if (import.meta.url === `file://${process.argv[1]}`) await writePictureLibrary(process.argv[2]);
