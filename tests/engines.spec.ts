// The core journeys (tests/engines/journeys.ts) in the three engines phones use: Chromium
// (Chrome on Android), WebKit (every browser on an iPhone) and Firefox (Android). Written once
// against tests/engines/driver.ts; each journey gets fresh storage (a new context, or a browser).
import { test as base, type Browser, expect } from '@playwright/test';
import type { Browser as Firefox } from 'puppeteer-core';
import { openChromium } from './engines/chromium';
import type { EngineDriver, EngineName, OpenOptions } from './engines/driver';
import { launchFirefox, openFirefox } from './engines/firefox';
import { journeys } from './engines/journeys';
import { WebKitDriver } from './engines/webkit';
import { XDisplay } from './engines/x-display';
import { noScriptsDir, pictureBuildDir, secondBuildDir } from './support/global-setup';
import {
	assertEnginesInstalled,
	assertRealSpeechInstalled,
	NullAudio
} from './support/real-speech';
import { StaticServer } from './support/static-server';

/** An iPhone's Safari, as WebKit may announce itself. */
const iPhoneUserAgent =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

type Shared = { display: () => Promise<XDisplay>; firefox: () => Promise<Firefox> };

const test = base.extend<object, Shared>({
	// One virtual display per worker, started the first time a WebKit journey asks for it.
	display: [
		async ({}, use) => {
			let started: Promise<XDisplay> | undefined;
			await use(() => (started ??= XDisplay.start()));
			await started?.then((display) => display.stop());
		},
		{ scope: 'worker' }
	],
	// One Firefox per worker, launched the first time a journey asks for it.
	firefox: [
		async ({}, use) => {
			let started: Promise<Firefox> | undefined;
			await use(() => (started ??= launchFirefox()));
			await started?.then((firefox) => firefox.close());
		},
		{ scope: 'worker' }
	]
});

type Open = (
	options: OpenOptions & { iPhone: boolean; browser: Browser } & Shared
) => Promise<EngineDriver>;

const engines: Record<EngineName, Open> = {
	chromium: ({ baseURL, env, browser }) => openChromium({ baseURL, env, shared: browser }),
	// WebKit speaks through libflite itself: it needs no audio server.
	webkit: async ({ baseURL, iPhone, display }) =>
		WebKitDriver.open({
			baseURL,
			display: (await display()).display,
			userAgent: iPhone ? iPhoneUserAgent : undefined
		}),
	firefox: ({ baseURL, env, firefox }) => openFirefox({ baseURL, env, shared: firefox })
};

for (const [engine, open] of Object.entries(engines) as [EngineName, Open][]) {
	test.describe(engine, () => {
		for (const journey of journeys) {
			test(journey.name, async ({ browser, display, firefox }) => {
				test.setTimeout(journey.speech ? 120_000 : 60_000);
				if (engine !== 'chromium') assertEnginesInstalled();
				if (journey.speech) assertRealSpeechInstalled();
				const site = await StaticServer.start(
					journey.build === 'pictures' ? pictureBuildDir : undefined
				);
				const audio = journey.speech && engine !== 'webkit' ? await NullAudio.start() : undefined;
				let driver: EngineDriver | undefined;
				try {
					driver = await open({
						baseURL: site.url,
						env: audio?.env,
						iPhone: Boolean(journey.iPhone),
						browser,
						display,
						firefox
					});
					await journey.run({ driver, site, secondBuildDir, noScriptsDir });
					expect(await driver.problems()).toEqual([]);
				} finally {
					await driver?.close();
					await audio?.stop();
					await site.stop();
				}
			});
		}
	});
}
