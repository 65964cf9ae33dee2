/** Types of sizes.mjs, for the TypeScript that imports it (run.ts, a budget check). */
export interface ByteSize {
  /** Minified bytes. */
  raw: number;
  /** Minified then gzipped bytes. */
  gzip: number;
}

export type PeerSize = ({ name: string; version: string } & ByteSize) | { name: string; error: string };

export interface Sizes {
  scriptTag: { file: string } & ByteSize;
  elements: { page: ByteSize; worker: ByteSize; together: ByteSize };
  badgePage: { page: ByteSize; later: ByteSize; worker: ByteSize };
  peers: PeerSize[];
}

export declare const sizeBudgets: Readonly<{ allElementsGzip: number; badgePageGzip: number }>;
export declare const sizeCeilings: Readonly<{ scriptTagGzip: number; badgePageGzip: number }>;
export declare const peerPackages: readonly string[];
export declare function measureSizes(options?: { root?: string; peers?: boolean; log?: (line: string) => void }): Promise<Sizes>;
