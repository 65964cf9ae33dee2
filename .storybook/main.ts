/**
 * Storybook for integrators: one stories file per element (stories/), each story running
 * on the in-memory simulator, so `storybook build` writes a static site that needs no
 * server. Controls and the docs pages come from custom-elements.json (see preview.ts).
 *
 * Nothing here reaches the network: telemetry and the "what's new" check are off, and the
 * package.json scripts pass --disable-telemetry (and --no-version-updates to the dev server).
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // Not the root vite.config.ts: that one is the library build's and the demo's.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    // Storybook's own docs renderer is a single ~1 MB chunk; the kit's chunks are far smaller.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;
