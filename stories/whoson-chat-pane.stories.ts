import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/whoson-chat-list.js';
import '../src/define/whoson-chat-pane.js';
import '../src/define/whoson-transfer-dialog.js';
import { componentDescription, customPropertyStyle } from './support/element-args.js';
import { defaultSimArgs, simControls, simStory, type SimArgs, type SimStoryOptions } from './support/sim-story.js';
import { pageSnippet } from './support/snippets.js';

type Args = SimArgs & { [name: string]: unknown };
type Story = StoryObj<Args>;

const defines = ['whoson-session', 'whoson-chat-pane', 'whoson-transfer-dialog'];

const paneSnippet = (extra: { wrapper?: string; inside?: string; style?: string } = {}): string =>
  pageSnippet({
    defines,
    inside: `
      <!-- Without chat-uid the pane follows the chat selected in the session (a chat list's selection). -->
      <whoson-chat-pane style="height: 560px"></whoson-chat-pane>
      <whoson-transfer-dialog></whoson-transfer-dialog>
    `,
    ...extra,
  });

interface PaneStoryOptions extends Omit<SimStoryOptions, 'args' | 'content'> {
  /** A compact chat list above the pane (the side-panel layout). */
  withList?: boolean;
  height?: string;
}

/** The pane, following the session's selected chat (the story selects the first taken chat), and the transfer dialog. */
function paneStory(args: Args, options: PaneStoryOptions = {}): HTMLElement {
  const { withList = false, height = '560px', ...rest } = options;
  return simStory({
    args,
    toolbar: ['type', 'say', 'leave'],
    ...rest,
    content: () => html`
      ${withList ? html`<whoson-chat-list compact></whoson-chat-list>` : nothing}
      <whoson-chat-pane style="height: ${height}; ${customPropertyStyle(args)}"></whoson-chat-pane>
      <whoson-transfer-dialog></whoson-transfer-dialog>
    `,
    play: async (sim) => {
      // A colleague online, so the transfer button has someone to offer.
      await sim.colleague();
      await rest.play?.(sim);
    },
  });
}

const meta: Meta<Args> = {
  title: 'Elements/whoson-chat-pane',
  component: 'whoson-chat-pane',
  args: { ...defaultSimArgs, waitingChats: 0, activeChats: 2 },
  argTypes: {
    ...simControls('loggedIn', 'activeChats', 'visitorTyping', 'visitorScript'),
  },
  parameters: {
    docs: {
      description: {
        component: componentDescription(
          'whoson-chat-pane',
          'The stories run on the in-memory WhosOn simulator: the operator has taken a chat and the toolbar plays its visitor. Type in the composer and press Enter to answer; Transfer opens the `<whoson-transfer-dialog>` with Martin online.',
        ),
      },
    },
  },
  render: (args) => paneStory(args),
};

export default meta;

export const Conversation: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'A chat in progress: the visitor’s question, the operator’s answer and the visitor’s follow-up, the composer (Enter sends, Shift+Enter breaks the line, `/` searches the auto-responses) and the chat actions.',
      },
      source: { code: paneSnippet() },
    },
  },
};

export const NoChatSelected: Story = {
  name: 'No chat selected',
  args: { activeChats: 0 },
  parameters: {
    docs: {
      description: { story: 'Logged in, but no chat is selected yet.' },
      source: { code: paneSnippet() },
    },
  },
};

export const VisitorTypingWithPreview: Story = {
  name: 'Visitor typing with preview',
  args: { visitorTyping: true },
  parameters: {
    docs: {
      description: {
        story: 'The visitor is typing: the pane says so and shows what they have typed so far (the server’s typing preview).',
      },
      source: { code: paneSnippet() },
    },
  },
};

export const OfflineWithPendingMessage: Story = {
  name: 'Offline with a pending message',
  args: { activeChats: 1 },
  render: (args) =>
    paneStory(args, {
      toolbar: ['network', 'say'],
      play: async (sim) => {
        const chatUid = sim.sessionElement.selection.chatUid;
        sim.network.goDown();
        // Sent after the session noticed, the line waits in the outbox instead of going to a dead socket.
        await sim.wait(() => sim.session()?.connection.state === 'reconnecting', 'the session to notice the drop');
        sim.session()?.sendMessage(chatUid, 'I have asked the warehouse; give me one minute please.');
      },
    }),
  parameters: {
    docs: {
      description: {
        story:
          'The network went while the operator answered: the line shows as pending and waits in the outbox. Press “Network on”: the session logs in again and the line goes out once, in order. Nothing typed is lost.',
      },
      source: { code: paneSnippet() },
    },
  },
};

export const NarrowSidePanel: Story = {
  name: 'Narrow side panel',
  args: { activeChats: 2, waitingChats: 1, waitedSeconds: 10 },
  render: (args) => paneStory(args, { withList: true, height: '520px', frame: { width: '320px' } }),
  parameters: {
    docs: {
      description: { story: 'A 320px side panel beside a CRM record: a compact list above the pane.' },
      source: {
        code: pageSnippet({
          defines: ['whoson-session', 'whoson-chat-list', 'whoson-chat-pane', 'whoson-transfer-dialog'],
          wrapper: '<aside style="width: 320px">%s</aside>',
          inside: `
            <whoson-chat-list compact></whoson-chat-list>
            <whoson-chat-pane style="height: 520px"></whoson-chat-pane>
            <whoson-transfer-dialog></whoson-transfer-dialog>
          `,
        }),
      },
    },
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  render: (args) => paneStory(args, { frame: { theme: 'dark' } }),
  parameters: {
    docs: {
      description: { story: 'Forced dark with `data-theme="dark"` on an ancestor.' },
      source: { code: paneSnippet({ wrapper: '<div data-theme="dark">%s</div>' }) },
    },
  },
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  args: { visitorScript: 'arabic', visitorTyping: true },
  render: (args) => paneStory(args, { frame: { dir: 'rtl', lang: 'ar' } }),
  parameters: {
    docs: {
      description: { story: 'In a right-to-left page with an Arabic-speaking visitor, typing.' },
      source: { code: paneSnippet({ wrapper: '<div dir="rtl" lang="ar">%s</div>' }) },
    },
  },
};
