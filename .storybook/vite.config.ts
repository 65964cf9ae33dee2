/**
 * Storybook's Vite settings, kept apart from the root vite.config.ts (which builds the
 * library bundle and serves the demo): the stories import the kit's TypeScript sources
 * directly and need little beyond Vite's defaults. Storybook adds its own plugins and
 * output settings (main.ts `viteFinal`).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  optimizeDeps: {
    // The web-components renderer imports this Lit module; pre-bundled with the rest of
    // Lit, the dev server loads one copy of Lit instead of two.
    include: ['lit/directive-helpers.js'],
  },
});
