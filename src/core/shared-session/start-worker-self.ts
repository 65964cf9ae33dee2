/**
 * The script-tag bundle's way to start the shared worker: the bundle is its own worker
 * script (run as a worker, it hosts the sessions and defines no element), so a page
 * still loads one file. The build swaps this module in for start-worker.ts.
 */
export function startSessionWorker(name: string): SharedWorker {
  return new SharedWorker(import.meta.url, { type: 'module', name, extendedLifetime: true });
}
