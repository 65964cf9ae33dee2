import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The host, as its controllers see it, of one small region of an element (the pane's live
 * region): a controller's update draws that region again, into the container the element
 * renders for it, and leaves the rest of the element alone. Speaking a visitor's line
 * then changes the region's text without rendering the whole pane twice more. The
 * element's connection and disconnection reach the region's controllers as usual.
 */
export class RegionHost implements ReactiveControllerHost, ReactiveController {
  readonly #draw: () => unknown;
  readonly #controllers = new Set<ReactiveController>();
  #container: HTMLElement | undefined;
  #connected = false;
  #pending = false;
  #updateComplete: Promise<boolean> = Promise.resolve(true);

  /** `draw` gives what the region shows now. */
  constructor(element: ReactiveControllerHost, draw: () => unknown) {
    this.#draw = draw;
    element.addController(this);
  }

  get updateComplete(): Promise<boolean> {
    return this.#updateComplete;
  }

  /**
   * For the element's template, on an element of its own: `${ref(region.container)}`.
   * The region is drawn into it at once, so it exists before anything is said.
   */
  readonly container = (element: Element | undefined): void => {
    this.#container = element as HTMLElement | undefined;
    this.#drawNow();
  };

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.#connected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  requestUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    this.#updateComplete = Promise.resolve().then(() => {
      this.#pending = false;
      this.#drawNow();
      return true;
    });
  }

  hostConnected(): void {
    this.#connected = true;
    for (const controller of this.#controllers) controller.hostConnected?.();
  }

  hostDisconnected(): void {
    this.#connected = false;
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  #drawNow(): void {
    if (this.#container) render(this.#draw(), this.#container);
  }
}
