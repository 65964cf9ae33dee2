import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/whoson-chat-list.js';
import '../src/define/whoson-session.js';
import { componentDescription, customPropertyStyle } from './support/element-args.js';
import { defaultSimArgs, simArgTypes, simStory, type SimArgs, type SimStoryOptions } from './support/sim-story.js';
import { pageSnippet } from './support/snippets.js';

type Args = SimArgs & { [name: string]: unknown };
type Story = StoryObj<Args>;

const defines = ['whoson-session', 'whoson-chat-list'];

/** The session wraps a chat list, as on a real page; the story's CSS custom properties go on the session. */
function sessionStory(args: Args, options: Omit<SimStoryOptions, 'args' | 'content'> = {}): HTMLElement {
  return simStory({
    args,
    toolbar: ['arrive', 'drop', 'network'],
    ...options,
    content: () => html`<whoson-chat-list></whoson-chat-list>`,
    sessionStyle: customPropertyStyle(args),
  });
}

const meta: Meta<Args> = {
  title: 'Elements/whoson-session',
  component: 'whoson-session',
  args: { ...defaultSimArgs, waitingChats: 2, waitedSeconds: 15, activeChats: 1 },
  argTypes: {
    ...simArgTypes,
  },
  parameters: {
    docs: {
      description: {
        component: componentDescription(
          'whoson-session',
          'The stories run on the in-memory WhosOn simulator. Demo login: `thomas@mysite.com` / `password1234` (the auth string is set on the element). The toolbar drops the connection or takes the network away to show reconnecting.',
        ),
      },
    },
  },
  render: (args) => sessionStory(args),
};

export default meta;

export const LoggedIn: Story = {
  name: 'Logged in',
  parameters: {
    docs: {
      description: {
        story:
          'After the login: the connection indicator, who is logged in, the status picker and log out, above the elements it provides the session to.',
      },
      source: {
        code: pageSnippet({
          defines,
          sessionAttributes: 'username="thomas@mysite.com"',
          inside: '<whoson-chat-list></whoson-chat-list>',
          script: `
            // Without a password the session shows its login form. A page with its own sign-in
            // sets the property instead (never an attribute, never stored) and the session logs in:
            // document.querySelector('whoson-session').password = passwordFromYourSignIn;
            document.querySelector('whoson-session').addEventListener('whoson-connected', (event) => {
              console.info('Connected to', event.detail.serverInfo);
            });
          `,
        }),
      },
    },
  },
};

export const LoggedOut: Story = {
  name: 'Logged out',
  args: { loggedIn: false },
  render: (args) => sessionStory(args, { toolbar: ['login-hint', 'arrive'] }),
  parameters: {
    docs: {
      description: {
        story:
          'No password yet: the built-in login form, with `autocomplete="username"` and `autocomplete="current-password"` so password managers fill it. The elements inside show their own “not connected” state. Log in with the demo credentials above.',
      },
      source: {
        code: pageSnippet({ defines, inside: '<whoson-chat-list></whoson-chat-list>' }),
      },
    },
  },
};

export const LoginFailed: Story = {
  name: 'Login failed',
  args: { loggedIn: false },
  render: (args) =>
    sessionStory(args, {
      toolbar: ['login-hint'],
      play: async (sim) => {
        await sim.sessionElement.updateComplete;
        try {
          await sim.sessionElement.login({ password: 'not-the-password' });
        } catch {
          // The element shows the server's reason; nothing retries it.
        }
      },
    }),
  parameters: {
    docs: {
      description: {
        story:
          'A wrong password: the form shows the server’s own reason and fires `whoson-login-failed` with it in `detail.reason`. A refused login is never retried (the server blacklists addresses that keep failing).',
      },
      source: {
        code: pageSnippet({
          defines,
          sessionAttributes: 'username="thomas@mysite.com"',
          inside: '<whoson-chat-list></whoson-chat-list>',
          script: `
            const session = document.querySelector('whoson-session');
            try {
              await session.login({ password: 'not-the-password' });
            } catch (error) {
              console.warn('Refused:', error.message); // the server's reason, also shown in the form
            }
          `,
        }),
      },
    },
  },
};

export const Reconnecting: Story = {
  args: { waitingChats: 1, activeChats: 2 },
  render: (args) =>
    sessionStory(args, {
      play: (sim) => sim.network.goDown(),
    }),
  parameters: {
    docs: {
      description: {
        story:
          'The connection dropped and the network is still gone: the session says it is reconnecting, counts down to the next attempt (exponential backoff with jitter) and keeps the chats on screen. Press “Network on” and it logs in again by itself and takes its chats back.',
      },
      source: {
        code: pageSnippet({
          defines,
          inside: '<whoson-chat-list></whoson-chat-list>',
          script: `
            const session = document.querySelector('whoson-session');
            session.addEventListener('whoson-reconnecting', (event) => {
              console.info(\`Attempt \${event.detail.attempt} at \${new Date(event.detail.retryAt)}: \${event.detail.reason}\`);
            });
            session.addEventListener('whoson-connected', () => console.info('Back online'));
          `,
        }),
      },
    },
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  render: (args) => sessionStory(args, { frame: { theme: 'dark' } }),
  parameters: {
    docs: {
      description: { story: 'Forced dark with `data-theme="dark"` on an ancestor.' },
      source: {
        code: pageSnippet({ defines, inside: '<whoson-chat-list></whoson-chat-list>', wrapper: '<div data-theme="dark">%s</div>' }),
      },
    },
  },
};

export const CustomTheme: Story = {
  name: 'Custom properties',
  args: {
    '--whoson-session-bar-background': '#e3f4ea',
    '--whoson-session-online-color': '#0a7d46',
  },
  parameters: {
    docs: {
      description: {
        story:
          'Themed with `--whoson-*` custom properties (try the colour controls). Kit-wide tokens such as `--whoson-color-accent` and `--whoson-font-family` reach every element.',
      },
      source: {
        code: pageSnippet({
          defines,
          inside: '<whoson-chat-list></whoson-chat-list>',
          style: `
            whoson-session {
              --whoson-session-bar-background: #e3f4ea;
              --whoson-session-online-color: #0a7d46;
            }
            :root {
              --whoson-color-accent: #2f7d5b;
              --whoson-font-family: Georgia, serif;
            }
          `,
        }),
      },
    },
  },
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  args: { visitorScript: 'arabic' },
  render: (args) => sessionStory(args, { frame: { dir: 'rtl', lang: 'ar' } }),
  parameters: {
    docs: {
      description: { story: 'In a right-to-left page: the bar mirrors, visitor text stays readable.' },
      source: {
        code: pageSnippet({ defines, inside: '<whoson-chat-list></whoson-chat-list>', wrapper: '<div dir="rtl" lang="ar">%s</div>' }),
      },
    },
  },
};
