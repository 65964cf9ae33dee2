import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/whoson-chat-list.js';
import { DEMO_SITE_KEYS } from '../src/sim/default-data.js';
import { componentDescription, customPropertyStyle } from './support/element-args.js';
import { defaultSimArgs, simArgTypes, simStory, type FrameOptions, type SimArgs, type SimStoryOptions } from './support/sim-story.js';
import { pageSnippet } from './support/snippets.js';

type Args = SimArgs & {
  compact: boolean;
  sites: string;
  skills: string;
  [name: string]: unknown;
};

type Story = StoryObj<Args>;

const listSnippet = (attributes = '', extra: { wrapper?: string; style?: string } = {}): string =>
  pageSnippet({
    defines: ['whoson-session', 'whoson-chat-list'],
    inside: `<whoson-chat-list${attributes ? ` ${attributes}` : ''}></whoson-chat-list>`,
    ...extra,
  });

function listStory(args: Args, options: Omit<SimStoryOptions, 'args' | 'content'> = {}): HTMLElement {
  return simStory({
    args,
    toolbar: ['arrive', 'type', 'say', 'leave', 'transfer'],
    ...options,
    content: () =>
      html`<whoson-chat-list
        ?compact=${args.compact}
        sites=${args.sites || nothing}
        skills=${args.skills || nothing}
        style=${customPropertyStyle(args) || nothing}
      ></whoson-chat-list>`,
  });
}

const frame = (options: FrameOptions): Pick<SimStoryOptions, 'frame'> => ({ frame: options });

const meta: Meta<Args> = {
  title: 'Elements/whoson-chat-list',
  component: 'whoson-chat-list',
  args: { ...defaultSimArgs, waitingChats: 3, waitedSeconds: 45, activeChats: 2, compact: false, sites: '', skills: '' },
  argTypes: {
    compact: { control: 'boolean' },
    sites: { control: 'text' },
    skills: { control: 'text' },
    ...simArgTypes,
  },
  parameters: {
    docs: {
      description: {
        component: componentDescription(
          'whoson-chat-list',
          'Every story runs on the in-memory WhosOn simulator: the toolbar above the list plays visitors and a colleague; the Simulator controls set the scene.',
        ),
      },
    },
  },
  render: (args) => listStory(args),
};

export default meta;

export const WaitingAndActive: Story = {
  name: 'Waiting and active chats',
  parameters: {
    docs: {
      description: {
        story:
          'Waiting chats (nobody has taken them) above the operator’s own chats. Press a row’s take button, or let a visitor arrive, type or leave from the toolbar.',
      },
      source: { code: listSnippet() },
    },
  },
};

export const Empty: Story = {
  args: { waitingChats: 0, activeChats: 0 },
  parameters: {
    docs: {
      description: { story: 'Logged in, nobody waiting and no chats in progress.' },
      source: { code: listSnippet() },
    },
  },
};

export const ManyChats: Story = {
  name: 'Many chats (200)',
  args: { waitingChats: 150, waitedSeconds: 900, activeChats: 50 },
  parameters: {
    docs: {
      description: { story: '150 chats waiting (from 15 minutes down to a few seconds) and 50 in progress.' },
      source: { code: listSnippet() },
      // Hundreds of rows: in an iframe of its own so the docs page stays quick.
      story: { inline: false, height: '640px' },
    },
  },
};

export const SlaWarningAndBreach: Story = {
  name: 'SLA warning and breach',
  args: { waitingChats: 0, activeChats: 0 },
  render: (args) =>
    listStory(args, {
      // My Company warns after 20 s and breaches after 40 s; Support Portal after 30 s and 90 s.
      prepare: (sim) => {
        sim.visitorArrives({ siteKey: DEMO_SITE_KEYS.supportPortal, waitedSeconds: 130 });
        sim.visitorArrives({ siteKey: DEMO_SITE_KEYS.myCompany, waitedSeconds: 75 });
        sim.visitorArrives({ siteKey: DEMO_SITE_KEYS.myCompany, waitedSeconds: 28 });
        sim.visitorArrives({ siteKey: DEMO_SITE_KEYS.supportPortal, waitedSeconds: 45 });
        sim.visitorArrives({ siteKey: DEMO_SITE_KEYS.myCompany, waitedSeconds: 5 });
      },
    }),
  parameters: {
    docs: {
      description: {
        story:
          'Wait times are coloured by each site’s SLA thresholds, with words and an icon as well as colour: “Near SLA” past SLAWarningSeconds, “Past SLA” past SLAReachedSeconds. The rows keep ticking.',
      },
      source: {
        code: listSnippet('', {
          style: `whoson-chat-list {\n  --whoson-chat-list-sla-warning-color: #8a5300;\n  --whoson-chat-list-sla-breached-color: #b3261e;\n}`,
        }),
      },
    },
  },
};

export const VisitorTyping: Story = {
  name: 'Visitor typing',
  args: { waitingChats: 1, waitedSeconds: 10, activeChats: 2, visitorTyping: true },
  parameters: {
    docs: {
      description: { story: 'The visitor of the first chat is typing: its row says so.' },
      source: { code: listSnippet() },
    },
  },
};

export const TransferRequest: Story = {
  name: 'Transfer request',
  args: { waitingChats: 1, waitedSeconds: 10, activeChats: 1 },
  render: (args) =>
    listStory(args, {
      play: async (sim) => {
        await sim.colleagueTransfers();
      },
    }),
  parameters: {
    docs: {
      description: {
        story:
          'Martin, a colleague on the same server, takes a chat and transfers it to Thomas with a message: the request shows at the top with take and decline buttons.',
      },
      source: { code: listSnippet() },
    },
  },
};

export const NarrowSidePanel: Story = {
  name: 'Narrow side panel',
  args: { compact: true, waitingChats: 4, waitedSeconds: 60, activeChats: 2 },
  render: (args) => listStory(args, frame({ width: '320px' })),
  parameters: {
    docs: {
      description: { story: 'The `compact` variant in a 320px side panel: one line per row.' },
      source: {
        code: listSnippet('compact', { wrapper: '<aside style="width: 320px">%s</aside>' }),
      },
    },
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  render: (args) => listStory(args, frame({ theme: 'dark' })),
  parameters: {
    backgrounds: { disable: true },
    docs: {
      description: {
        story:
          'Forced dark with `data-theme="dark"` on the element or an ancestor; without it the elements follow the page’s `color-scheme`.',
      },
      source: { code: listSnippet('', { wrapper: '<div data-theme="dark">%s</div>' }) },
    },
  },
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  args: { visitorScript: 'arabic' },
  render: (args) => listStory(args, frame({ dir: 'rtl', lang: 'ar' })),
  parameters: {
    docs: {
      description: { story: 'In a right-to-left page (`dir="rtl" lang="ar"`) with Arabic visitor names and messages.' },
      source: { code: listSnippet('', { wrapper: '<div dir="rtl" lang="ar">%s</div>' }) },
    },
  },
};
