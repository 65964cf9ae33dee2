/**
 * The shared worker's script for the npm build: pages start it with
 * `new SharedWorker(new URL('./worker.js', import.meta.url), …)`, which bundlers (Vite,
 * webpack, Parcel) recognise and emit as a worker of its own.
 */
import { runSessionWorker } from './worker-scope.js';

runSessionWorker();
