/**
 * The simulator's stand-in for the server's LLM translation (the Translate command, and
 * chat translation where a site enables it). A small phrasebook covers the greetings and
 * courtesies a demo shows; any other text comes back tagged with the target language,
 * e.g. "[fr] Where is my order?", so a translated line is always recognisable as one.
 */

type Phrasebook = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** English phrase (lower case, no end punctuation) -> language -> translation. */
const PHRASES: Phrasebook = {
  hello: { fr: 'Bonjour', de: 'Hallo', es: 'Hola', it: 'Ciao', nl: 'Hallo', pt: 'Olá' },
  'good morning': { fr: 'Bonjour', de: 'Guten Morgen', es: 'Buenos días', it: 'Buongiorno', nl: 'Goedemorgen', pt: 'Bom dia' },
  'good afternoon': { fr: 'Bon après-midi', de: 'Guten Tag', es: 'Buenas tardes', it: 'Buon pomeriggio', nl: 'Goedemiddag', pt: 'Boa tarde' },
  'thank you': { fr: 'Merci', de: 'Danke', es: 'Gracias', it: 'Grazie', nl: 'Dank u', pt: 'Obrigado' },
  'how can i help you': {
    fr: 'Comment puis-je vous aider ?',
    de: 'Wie kann ich Ihnen helfen?',
    es: '¿Cómo puedo ayudarle?',
    it: 'Come posso aiutarla?',
    nl: 'Hoe kan ik u helpen?',
    pt: 'Como posso ajudar?',
  },
  'one moment please': {
    fr: 'Un instant, s’il vous plaît',
    de: 'Einen Moment bitte',
    es: 'Un momento, por favor',
    it: 'Un momento, per favore',
    nl: 'Een ogenblik alstublieft',
    pt: 'Um momento, por favor',
  },
  goodbye: { fr: 'Au revoir', de: 'Auf Wiedersehen', es: 'Adiós', it: 'Arrivederci', nl: 'Tot ziens', pt: 'Adeus' },
  yes: { fr: 'Oui', de: 'Ja', es: 'Sí', it: 'Sì', nl: 'Ja', pt: 'Sim' },
  no: { fr: 'Non', de: 'Nein', es: 'No', it: 'No', nl: 'Nee', pt: 'Não' },
};

function normalise(text: string): { key: string; ending: string } {
  const trimmed = text.trim();
  const ending = /[.!?]+$/.exec(trimmed)?.[0] ?? '';
  return { key: trimmed.slice(0, trimmed.length - ending.length).trim().toLowerCase(), ending };
}

function phraseInEnglish(text: string, fromLang: string): string | undefined {
  const { key } = normalise(text);
  for (const [english, translations] of Object.entries(PHRASES)) {
    const phrase = translations[fromLang];
    if (phrase !== undefined && normalise(phrase).key === key) return english;
  }
  return undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Two-letter code, lower case ('' stays ''). */
export function languageCode(lang: string): string {
  return lang.trim().slice(0, 2).toLowerCase();
}

/** Translates `text`; the same language (or a blank target) returns it unchanged. */
export function translateText(text: string, fromLang: string, toLang: string): string {
  const from = languageCode(fromLang) || 'en';
  const to = languageCode(toLang);
  if (to === '' || to === from || text.trim() === '') return text;
  const english = from === 'en' ? normalise(text).key : phraseInEnglish(text, from);
  if (english !== undefined) {
    const { ending } = normalise(text);
    if (to === 'en' && english in PHRASES) return `${capitalise(english)}${ending}`;
    const phrase = PHRASES[english]?.[to];
    if (phrase !== undefined) return /[.!?]$/.test(phrase) ? phrase : `${phrase}${ending}`;
  }
  return `[${to}] ${text.trim()}`;
}
