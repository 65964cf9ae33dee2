/**
 * Starts (or joins) the shared worker that hosts the sessions. Always with the same
 * options: a worker started without `extendedLifetime` cannot be joined with it, and the
 * extended lifetime is what lets the worker outlive a page long enough for the next page
 * of the origin to take its session over.
 *
 * The URL is written the way bundlers recognise a worker, so an application built with
 * Vite or webpack gets the worker emitted beside its code. The script-tag bundle replaces
 * this module with one that starts the bundle itself as the worker.
 */
declare global {
  interface WorkerOptions {
    /** Keep the shared worker alive for a while after its last page is gone (Chrome, Edge). */
    extendedLifetime?: boolean;
  }
}

export function startSessionWorker(name: string): SharedWorker {
  return new SharedWorker(new URL('./worker.js', import.meta.url), {
    type: 'module',
    name,
    extendedLifetime: true,
  });
}
