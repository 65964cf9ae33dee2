/**
 * Registers a custom element once. A page can end up loading the kit twice (an npm
 * import and the script-tag bundle, or two versions): the first definition wins and a
 * second, different class only earns a warning instead of the browser's exception.
 */
export function defineElement(tag: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, elementClass);
  } else if (existing !== elementClass) {
    console.warn(
      `<${tag}> is already defined by another copy of whoson-elements; keeping the first definition.`,
    );
  }
}
