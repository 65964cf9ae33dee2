import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/whoson-waiting-badge.js';
import { DEMO_SITE_KEYS } from '../src/sim/default-data.js';
import { componentDescription, customPropertyStyle } from './support/element-args.js';
import { defaultSimArgs, simControls, simStory, type SimArgs, type SimStoryOptions } from './support/sim-story.js';
import { pageSnippet } from './support/snippets.js';

type Args = SimArgs & { sites: string; skills: string; [name: string]: unknown };
type Story = StoryObj<Args>;

const badgeSnippet = (attributes = '', extra: { wrapper?: string } = {}): string =>
  pageSnippet({
    defines: ['whoson-session', 'whoson-waiting-badge'],
    beside: `
      <header>
        Intranet
        <whoson-waiting-badge session="main"${attributes ? ` ${attributes}` : ''}></whoson-waiting-badge>
      </header>
    `,
    script: `
      // The badge is a button: open your chat list when it is pressed.
      document.querySelector('whoson-waiting-badge').addEventListener('whoson-badge-activate', (event) => {
        console.info(\`\${event.detail.count} waiting\`);
      });
    `,
    ...extra,
  });

/** The badge in a page header, attached to the session by id (as on an intranet page). */
function badgeStory(args: Args, options: Omit<SimStoryOptions, 'args' | 'beside'> = {}): HTMLElement {
  return simStory({
    args,
    toolbar: ['arrive', 'leave'],
    ...options,
    beside: ({ sessionId }) =>
      html`<header
        style="display: flex; gap: 12px; align-items: center; margin-block-start: 12px; padding: 10px 14px; border: 1px solid color-mix(in srgb, currentColor 20%, transparent); border-radius: 8px"
      >
        <strong>Intranet</strong>
        <whoson-waiting-badge
          session=${sessionId}
          sites=${args.sites || nothing}
          skills=${args.skills || nothing}
          style=${customPropertyStyle(args) || nothing}
        ></whoson-waiting-badge>
      </header>`,
  });
}

const meta: Meta<Args> = {
  title: 'Elements/whoson-waiting-badge',
  component: 'whoson-waiting-badge',
  args: { ...defaultSimArgs, waitingChats: 3, waitedSeconds: 12, sites: '', skills: '' },
  argTypes: {
    sites: { control: 'text' },
    skills: { control: 'text' },
    ...simControls('loggedIn', 'waitingChats', 'waitedSeconds', 'visitorScript'),
  },
  parameters: {
    docs: {
      description: {
        component: componentDescription(
          'whoson-waiting-badge',
          'The stories run on the in-memory WhosOn simulator: let visitors arrive or leave from the toolbar and watch the count. The session above it is the one the badge attaches to with `session="…"`.',
        ),
      },
    },
  },
  render: (args) => badgeStory(args),
};

export default meta;

export const Waiting: Story = {
  parameters: {
    docs: {
      description: { story: 'Three chats waiting, none near its SLA.' },
      source: { code: badgeSnippet() },
    },
  },
};

export const Empty: Story = {
  args: { waitingChats: 0 },
  parameters: {
    docs: {
      description: {
        story: 'Nobody waiting. The host reflects `data-count="0"`, so a page can hide it: `whoson-waiting-badge[data-count="0"] { display: none }`.',
      },
      source: { code: badgeSnippet() },
    },
  },
};

export const NearSla: Story = {
  name: 'SLA warning',
  args: { waitingChats: 0 },
  render: (args) =>
    badgeStory(args, {
      prepare: (sim) => {
        sim.visitorArrives({ siteKey: DEMO_SITE_KEYS.myCompany, waitedSeconds: 25 });
        sim.visitorArrives({ siteKey: DEMO_SITE_KEYS.myCompany, waitedSeconds: 4 });
      },
    }),
  parameters: {
    docs: {
      description: { story: 'A chat has waited past its site’s SLAWarningSeconds (20 s on My Company): `data-sla="warning"`, `:state(warning)`.' },
      source: { code: badgeSnippet() },
    },
  },
};

export const PastSla: Story = {
  name: 'SLA breach',
  args: { waitingChats: 4, waitedSeconds: 95 },
  parameters: {
    docs: {
      description: {
        story: 'A chat has waited past its site’s SLAReachedSeconds: the badge turns red and says “Past SLA” (not colour alone).',
      },
      source: { code: badgeSnippet() },
    },
  },
};

export const ManyChats: Story = {
  name: 'Many chats (200)',
  args: { waitingChats: 200, waitedSeconds: 300 },
  parameters: {
    docs: {
      description: { story: '200 chats waiting.' },
      source: { code: badgeSnippet() },
    },
  },
};

export const OneSite: Story = {
  name: 'One site only',
  args: { waitingChats: 6, waitedSeconds: 20, sites: 'Support Portal' },
  parameters: {
    docs: {
      description: { story: 'Counts only the Support Portal’s chats (`sites` takes site keys or names, comma-separated).' },
      source: { code: badgeSnippet('sites="Support Portal"') },
    },
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { waitingChats: 3, waitedSeconds: 60 },
  render: (args) => badgeStory(args, { frame: { theme: 'dark' } }),
  parameters: {
    docs: {
      description: { story: 'Forced dark with `data-theme="dark"` on an ancestor.' },
      source: { code: badgeSnippet('', { wrapper: '<div data-theme="dark">%s</div>' }) },
    },
  },
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  args: { waitingChats: 2, waitedSeconds: 60, visitorScript: 'arabic' },
  render: (args) => badgeStory(args, { frame: { dir: 'rtl', lang: 'ar' } }),
  parameters: {
    docs: {
      description: { story: 'In a right-to-left page.' },
      source: { code: badgeSnippet('', { wrapper: '<div dir="rtl" lang="ar">%s</div>' }) },
    },
  },
};
