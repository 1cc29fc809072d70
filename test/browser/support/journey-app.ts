import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startAppUnderTest, type AppUnderTest } from './app-under-test.js';
import { launchChromium } from './browser.js';
import { journeyPages } from './journey-pages.js';

/** The app as a test file uses it: its address and its API, read from the app this file's beforeAll started. */
export type RunningApp = Pick<AppUnderTest, 'url' | 'call'>;

export interface JourneyAppOptions {
  /** What the file's tests need in the app before they run (cases at some stage, say); made once, right after it starts. */
  readonly seed?: (app: RunningApp) => Promise<void>;
  /** The beforeAll's timeout, for a file whose seed takes long; the config's hookTimeout otherwise. */
  readonly timeout?: number;
}

/**
 * The setup every browser journey file shares: registers the beforeAll that
 * starts the local app and Chromium (and runs the file's seed) and the
 * afterAll that closes them, and returns the app, the browser and the shared
 * page steps. Call it once, at the top level of the file.
 */
export function useJourneyApp(options: JourneyAppOptions = {}) {
  let started: AppUnderTest | undefined;
  let chromium: Browser | undefined;

  const running = (): AppUnderTest => {
    if (!started) throw new Error('the app under test is read before its beforeAll started it');
    return started;
  };
  const browser = (): Browser => {
    if (!chromium) throw new Error('the browser is read before its beforeAll launched it');
    return chromium;
  };
  // The tests hold this object from the file's top level, before the app exists; each use reads the one started.
  const app: RunningApp = {
    get url() {
      return running().url;
    },
    call<T>(...args: Parameters<AppUnderTest['call']>) {
      return running().call<T>(...args);
    },
  };

  beforeAll(async () => {
    started = await startAppUnderTest();
    chromium = await launchChromium();
    await options.seed?.(app);
  }, options.timeout);

  afterAll(async () => {
    await chromium?.close();
    await started?.stop();
  });

  return { app, browser, ...journeyPages(browser, running) };
}
