/**
 * A module loaded the first time it is asked for (a dynamic `import()`), shared by every
 * element of the page.
 */
export class LazyModule<M> {
  readonly #importer: () => Promise<M>;
  #loading: Promise<M> | undefined;
  #module: M | undefined;

  constructor(importer: () => Promise<M>) {
    this.#importer = importer;
  }

  /** The module, once it has arrived. */
  get module(): M | undefined {
    return this.#module;
  }

  /** Starts the import once; a failed one is tried again on the next call. */
  load(): Promise<M> {
    this.#loading ??= this.#importer().then(
      (module) => {
        this.#module = module;
        return module;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }
}
