import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WhosonTransferDialog } from '../src/components/transfer-dialog/transfer-dialog.js';
import '../src/define/whoson-chat-pane.js';
import '../src/define/whoson-transfer-dialog.js';
import { componentDescription, customPropertyStyle } from './support/element-args.js';
import { defaultSimArgs, simControls, simStory, type SimArgs, type SimStory, type SimStoryOptions } from './support/sim-story.js';
import { pageSnippet } from './support/snippets.js';

type Args = SimArgs & { [name: string]: unknown };
type Story = StoryObj<Args>;

const dialogSnippet = (extra: { wrapper?: string } = {}): string =>
  pageSnippet({
    defines: ['whoson-session', 'whoson-chat-pane', 'whoson-transfer-dialog'],
    inside: `
      <whoson-chat-pane style="height: 560px"></whoson-chat-pane>
      <!-- Opens by itself when the pane's Transfer button is pressed; or call open(chatUid). -->
      <whoson-transfer-dialog></whoson-transfer-dialog>
    `,
    script: `
      document.querySelector('whoson-transfer-dialog').addEventListener('whoson-transfer', (event) => {
        console.info(\`Chat \${event.detail.chatUid} handed to \${event.detail.kind}:\`, event.detail.targets);
      });
    `,
    ...extra,
  });

function dialogOf(sim: SimStory): WhosonTransferDialog {
  const dialog = sim.frame.querySelector('whoson-transfer-dialog');
  if (dialog === null) throw new Error('The story has no <whoson-transfer-dialog>');
  return dialog;
}

/** A taken chat in a pane, Martin online, and the dialog opened for the chat. */
function dialogStory(args: Args, options: Omit<SimStoryOptions, 'args' | 'content'> = {}): HTMLElement {
  return simStory({
    args,
    toolbar: ['type', 'say'],
    ...options,
    content: () => html`
      <whoson-chat-pane style="height: 560px"></whoson-chat-pane>
      <whoson-transfer-dialog style=${customPropertyStyle(args)}></whoson-transfer-dialog>
    `,
    play: async (sim) => {
      const martin = await sim.colleague();
      const chatUid = sim.sessionElement.selection.chatUid;
      // The dialog offers operators who are online, as this session sees them.
      await sim.wait(
        () => sim.state()?.clients[martin.store.getState().me.connectionId]?.status === 0,
        'Martin online in the session',
      );
      dialogOf(sim).open(chatUid);
      await options.play?.(sim);
    },
  });
}

const meta: Meta<Args> = {
  title: 'Elements/whoson-transfer-dialog',
  component: 'whoson-transfer-dialog',
  args: { ...defaultSimArgs, activeChats: 1 },
  argTypes: {
    ...simControls('visitorScript'),
  },
  parameters: {
    docs: {
      description: {
        component: componentDescription(
          'whoson-transfer-dialog',
          'The stories run on the in-memory WhosOn simulator, with Martin (Sales) logged in as a colleague. Choose a target and confirm: the chat goes to Martin and leaves the pane.',
        ),
      },
      // A modal dialog takes the whole page: each story in a frame of its own.
      story: { inline: false, height: '720px' },
    },
  },
  render: (args) => dialogStory(args),
};

export default meta;

export const Open: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Opened for the chat in the pane: online operators, departments, skills and queues, a search field and an optional message. Escape or Cancel dispatch a cancelable `whoson-request-close`.',
      },
      source: { code: dialogSnippet() },
    },
  },
};

export const OperatorChosen: Story = {
  name: 'Operator chosen',
  render: (args) =>
    dialogStory(args, {
      play: async (sim) => {
        const dialog = dialogOf(sim);
        await dialog.updateComplete;
        const martin = dialog.shadowRoot?.querySelector<HTMLInputElement>('[part~="target"][data-kind="user"] input');
        martin?.click();
        const message = dialog.shadowRoot?.querySelector<HTMLTextAreaElement>('[part~="message"]');
        if (message) {
          message.value = 'Wants a quote for 20 seats: order #1042';
          message.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        }
      },
    }),
  parameters: {
    docs: {
      description: { story: 'Martin chosen, with a message: the summary says what confirming will do.' },
      source: { code: dialogSnippet() },
    },
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  render: (args) => dialogStory(args, { frame: { theme: 'dark' } }),
  parameters: {
    docs: {
      description: { story: 'Forced dark with `data-theme="dark"` on an ancestor.' },
      source: { code: dialogSnippet({ wrapper: '<div data-theme="dark">%s</div>' }) },
    },
  },
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  args: { visitorScript: 'arabic' },
  render: (args) => dialogStory(args, { frame: { dir: 'rtl', lang: 'ar' } }),
  parameters: {
    docs: {
      description: { story: 'In a right-to-left page, for an Arabic-speaking visitor.' },
      source: { code: dialogSnippet({ wrapper: '<div dir="rtl" lang="ar">%s</div>' }) },
    },
  },
};
