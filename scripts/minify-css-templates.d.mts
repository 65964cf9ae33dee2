/** Every css`...` template of a module's source, minified; the rest of the source unchanged. */
export declare function minifyCssTemplates(source: string): string;
