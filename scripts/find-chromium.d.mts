/** Types of find-chromium.mjs, for the TypeScript that imports it (the cross-tab tests). */
export declare const chromiumFlags: string[];
export declare const sharedWorkerExtendedLifetime: string;
export declare function findChromium(): Promise<{ path: string; source: string }>;
