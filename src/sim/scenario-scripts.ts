/**
 * What scripted visitors say. A small bank of topics fitting the default data (a company
 * selling online with sales and support people), plus names, pages and survey comments.
 * Some entries are hostile on purpose — markup, scripts, over-long words, right-to-left
 * text — so every screen that shows visitor text gets exercised with it.
 */

export interface Topic {
  readonly id: string;
  /** Skill and department names this topic is routed by, matched case-insensitively against the world's. */
  readonly skills: readonly string[];
  readonly departments: readonly string[];
  /** The visitor's first question. */
  readonly openers: readonly string[];
  /** What the visitor says in answer to an operator, one per exchange, in order. */
  readonly followUps: readonly string[];
}

export const topics: readonly Topic[] = [
  {
    id: 'pricing',
    skills: ['Sales', 'Quote'],
    departments: ['Sales'],
    openers: [
      'Hi, how much does the Business plan cost per month?',
      'Hello! Do you offer a discount for annual billing?',
      'Can I get a quote for 25 seats?',
    ],
    followUps: [
      'OK. Is VAT included in that price?',
      'And can we switch plans later without losing our data?',
      'Great, could you email me a written quote?',
    ],
  },
  {
    id: 'opening-hours',
    skills: ['Support'],
    departments: ['Support', 'Sales'],
    openers: [
      'What are your opening hours at the weekend?',
      'Are you open on bank holidays?',
      'Is the phone line staffed after 6pm?',
    ],
    followUps: [
      'Thanks. Is there an out-of-hours number for emergencies?',
      'And does that apply to the Manchester office as well?',
      'Perfect, that helps.',
    ],
  },
  {
    id: 'support',
    skills: ['Support'],
    departments: ['Support'],
    openers: [
      "I can't log in to my account, it says my password is wrong.",
      'My order arrived damaged, what should I do?',
      'The app crashes when I upload a photo.',
    ],
    followUps: [
      'I tried that already and it still happens.',
      'My order number is 10-44821 if that helps.',
      "That worked, thank you!",
    ],
  },
  {
    id: 'delivery',
    skills: ['Sales', 'Support'],
    departments: ['Sales', 'Support'],
    openers: ['When will my parcel arrive?', 'Do you deliver to Ireland?', 'How much is next-day delivery?'],
    followUps: ['OK, and can I track it?', 'Could it be left with a neighbour?', 'Brilliant, thanks.'],
  },
];

/** Text that must always render as text. */
export const hostileTexts: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("hi")</script> is this safe?',
  '"><svg onload=alert(1)>',
  '[click me](javascript:alert(1))',
  'Supercalifragilisticexpialidocious-and-then-some-more-characters-without-any-spaces-at-all-to-wrap',
  'مرحبا، هل يمكنك مساعدتي؟',
];

export const firstNames: readonly string[] = [
  'Alice', 'Bilal', 'Chen', 'Dana', 'Emeka', 'Fatima', 'George', 'Hana', 'Ivan', 'Jo',
  'Kofi', 'Lena', 'Mateo', 'Nadia', 'Owen', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tomás',
];

export const lastNames: readonly string[] = [
  'Adams', 'Brown', 'Costa', 'Dubois', 'Evans', 'Fischer', 'García', 'Hughes', 'Ito', 'Jones',
  'Kowalski', 'Larsen', "O'Brien", 'Nguyen', 'Okafor', 'Patel', 'Rossi', 'Smith', 'Tanaka', 'Walsh',
];

/** Pages a visitor browses per site key (page names as the spec's visitor examples show them). */
export const pagesBySite: Readonly<Record<number, readonly string[]>> = {
  1: ['index.htm', 'pricing.htm', 'products.htm', 'products/business.htm', 'delivery.htm', 'contact.htm', 'about.htm'],
  2: ['help/index.htm', 'help/login-problems.htm', 'help/orders.htm', 'help/app.htm', 'account.htm', 'contact.htm'],
};

/** Pages of a site the bank does not know. */
export const fallbackPages: readonly string[] = ['index.htm', 'products.htm', 'contact.htm', 'about.htm'];

/** Where visitors come from (blank: typed the address). */
export const referrers: readonly string[] = [
  '',
  '',
  'https://www.google.com/',
  'https://www.bing.com/search?q=business+chat+software',
  'https://www.linkedin.com/',
  'https://news.example.org/reviews?id=42&ref=<script>',
];

/** A visitor's answer when the operator asks something the script does not foresee. */
export const genericReplies: readonly string[] = ['Yes, please.', 'OK', 'Sure, one moment.', 'Not really, no.', 'Hmm, let me check.'];

export const goodbyes: readonly string[] = ['Thanks for your help, bye!', "That's all, thank you.", 'Cheers, have a good day.'];

export const surveyComments: readonly string[] = [
  'Quick and friendly.',
  'Solved my problem.',
  'Took a while to get an answer.',
  '',
  '<b>great</b> service',
];

/** Files a visitor sometimes sends. */
export const uploads: readonly string[] = ['screenshot.png', 'order-10-44821.pdf', 'photo of damage.jpg'];
