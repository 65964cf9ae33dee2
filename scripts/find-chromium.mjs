// Finds a Chromium for the browser tests (and later Storybook / end-to-end runs).
// Nothing here downloads a browser. Order:
//   1. the CHROME_PATH environment variable;
//   2. `chromium`, `chromium-browser`, `google-chrome` or `google-chrome-stable` on PATH;
//   3. the Chromium packed inside the @sparticuz/chromium dev dependency (extracted to /tmp).
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const namesOnPath = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * Flags for a headless Chromium on a CI box or a container. The network here is closed:
 * without the background-networking, component-update and sync switches Chromium waits
 * on requests that never finish and test pages hang.
 */
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Keeps a shared worker started with `extendedLifetime` alive across a page navigation
 * (the session that outlives the page). On by default in current Chromium; a 147 build
 * needs it.
 */
export const sharedWorkerExtendedLifetime = '--enable-features=SharedWorkerExtendedLifetime';

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

async function sparticuzChromium() {
  let module;
  try {
    module = await import('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  try {
    const path = await module.default.executablePath();
    return path && isExecutableFile(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {Promise<{ path: string, source: string }>} */
export async function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutableFile(fromEnv)) {
      throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file.`);
    }
    return { path: fromEnv, source: 'CHROME_PATH' };
  }
  for (const name of namesOnPath) {
    const path = findOnPath(name);
    if (path) return { path, source: `PATH (${name})` };
  }
  const packed = await sparticuzChromium();
  if (packed) return { path: packed, source: '@sparticuz/chromium' };
  throw new Error(
    [
      'No Chromium found for the browser tests. Provide one of:',
      '  1. CHROME_PATH=/path/to/chrome (any Chromium or Chrome binary);',
      `  2. one of ${namesOnPath.join(', ')} on PATH (e.g. apt-get install chromium);`,
      '  3. the @sparticuz/chromium dev dependency (installed by `npm install`).',
    ].join('\n'),
  );
}

// `node scripts/find-chromium.mjs` prints the path, for other tools and for debugging.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { path, source } = await findChromium();
    console.log(path);
    console.error(`(found via ${source})`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
