/**
 * The chat-request tone: synthesised with WebAudio (no audio file to host or fetch).
 *
 * Browsers keep audio locked until the user has interacted with the page. The tone's
 * AudioContext is created and resumed inside the first click or key press anywhere in
 * the page (a user gesture), never before, so Chrome has nothing to warn about; elements
 * that want sound watch `unlocked` to tell the operator while it is still locked.
 *
 * One per page: two lists asking for a tone at the same moment make one sound.
 */
type Listener = () => void;

const GESTURES = ['pointerdown', 'keydown'] as const;
/** Tones closer together than this are one tone. */
const MIN_GAP_MS = 1000;

class AlertSound {
  #context: AudioContext | null = null;
  readonly #listeners = new Set<Listener>();
  #armed = false;
  // Not 0: a page loaded less than a second ago must still ring.
  #lastPlayed = Number.NEGATIVE_INFINITY;

  /** True once audio may play. */
  get unlocked(): boolean {
    return this.#context?.state === 'running';
  }

  /** Tells `listener` when audio unlocks; starts listening for the gesture that unlocks it. */
  watch(listener: Listener): () => void {
    this.#listeners.add(listener);
    if (!this.unlocked) {
      // A page the user already interacted with lets audio start without a new gesture.
      if (navigator.userActivation?.hasBeenActive) this.unlock();
      this.#arm();
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#disarm();
    };
  }

  /** Plays the tone once (nothing while locked). */
  play(): void {
    const context = this.#context;
    if (context === null || context.state !== 'running') return;
    const now = performance.now();
    if (now - this.#lastPlayed < MIN_GAP_MS) return;
    this.#lastPlayed = now;
    // Two short rising notes, soft attack and release so they do not click.
    const start = context.currentTime + 0.01;
    for (const [offset, frequency] of [
      [0, 880],
      [0.18, 1318.5],
    ] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = start + offset;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.2, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.16);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.17);
    }
  }

  #arm(): void {
    if (this.#armed) return;
    this.#armed = true;
    for (const type of GESTURES) window.addEventListener(type, this.#onGesture, { capture: true });
  }

  #disarm(): void {
    if (!this.#armed) return;
    this.#armed = false;
    for (const type of GESTURES) window.removeEventListener(type, this.#onGesture, { capture: true });
  }

  readonly #onGesture = (event: Event): void => {
    if (event.isTrusted) this.unlock();
  };

  /** Call from a user gesture (a click on an "enable sound" button) to unlock audio. */
  unlock(): void {
    if (typeof AudioContext === 'undefined') return;
    if (this.#context === null) {
      const context = new AudioContext();
      this.#context = context;
      context.addEventListener('statechange', () => {
        if (context.state !== 'running') return;
        this.#disarm();
        for (const listener of [...this.#listeners]) listener();
      });
    }
    // Outside a gesture the browser keeps it suspended; the next gesture tries again.
    this.#context.resume().catch(() => undefined);
  }
}

export const alertSound = new AlertSound();
