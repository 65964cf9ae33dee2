import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { ParsedMessage } from './models.js';
import { hostileUnits } from './markup-hostile-inputs.js';
import { parseMessage, stripMarkup } from './markup.js';

function plain(raw: string, text: string): ParsedMessage {
  return { raw, text, translated: null, original: null, suggestions: [], links: [] };
}

describe('parseMessage: spec examples', () => {
  it('splits the SendToTranslated example into text and translation', () => {
    const raw = 'Hello. How can I help?<translated>Salut. Comment puis-je aider?</Translated>';
    assert.deepEqual(parseMessage(raw), {
      ...plain(raw, 'Hello. How can I help?'),
      translated: 'Salut. Comment puis-je aider?',
    });
  });

  it('splits the SendToFiltered example into filtered text and original', () => {
    const raw =
      'The word ********* should be filtered.<original>The word testfilter should be filtered.</original>';
    assert.deepEqual(parseMessage(raw), {
      ...plain(raw, 'The word ********* should be filtered.'),
      original: 'The word testfilter should be filtered.',
    });
  });

  it('reads the suggestion example despite its malformed closing <Suggestions>', () => {
    const raw =
      'Do you offer an on-premises version?<Suggestions><Suggest><Content>Yes, we offer an on-premises version.</Content></Suggest><Suggestions>';
    assert.deepEqual(parseMessage(raw), {
      ...plain(raw, 'Do you offer an on-premises version?'),
      suggestions: [{ content: 'Yes, we offer an on-premises version.', documentId: '' }],
    });
  });

  it('reads the indented suggestion with a DocumentId', () => {
    const raw = `Do you offer an on-premises version?<Suggestions>
    <Suggest>
        <Content>Yes, we offer an on-premises version, please see this document for details</Content>
        <DocumentId>65c10033c937df02e0dd66ec</DocumentId>
    </Suggest> 
</Suggestions>`;
    assert.deepEqual(parseMessage(raw), {
      ...plain(raw, 'Do you offer an on-premises version?'),
      suggestions: [
        {
          content: 'Yes, we offer an on-premises version, please see this document for details',
          documentId: '65c10033c937df02e0dd66ec',
        },
      ],
    });
  });

  it('shows an upload as its file name and exposes the link', () => {
    const raw = '<link><url>{url}</url><name>{filename}</name></link>';
    assert.deepEqual(parseMessage(raw), {
      ...plain(raw, '{filename}'),
      links: [{ url: '{url}', name: '{filename}' }],
    });
  });

  it('leaves a plain message alone apart from trimming its ends', () => {
    assert.deepEqual(
      parseMessage('  Do you offer an on-premises version? '),
      plain('  Do you offer an on-premises version? ', 'Do you offer an on-premises version?'),
    );
  });
});

describe('parseMessage: tolerance', () => {
  it('matches tags in any case', () => {
    const parsed = parseMessage('Hi<TRANSLATED>Salut</translated>');
    assert.equal(parsed.text, 'Hi');
    assert.equal(parsed.translated, 'Salut');
    const filtered = parseMessage('x<Original>y</ORIGINAL>');
    assert.equal(filtered.text, 'x');
    assert.equal(filtered.original, 'y');
  });

  it('trims the blanks the spec puts around a client-side translation', () => {
    const parsed = parseMessage('Thank you <Translated> Merci </Translated>');
    assert.equal(parsed.text, 'Thank you');
    assert.equal(parsed.translated, 'Merci');
  });

  it('takes the rest of the message when </translated> is missing', () => {
    const parsed = parseMessage('Hello<translated>Bonjour, ça va ?');
    assert.equal(parsed.text, 'Hello');
    assert.equal(parsed.translated, 'Bonjour, ça va ?');
  });

  it('ends an unclosed translation where suggestions begin', () => {
    const parsed = parseMessage(
      'Hola<translated>Hello<Suggestions><Suggest><Content>Hi!</Content></Suggest></Suggestions>',
    );
    assert.equal(parsed.text, 'Hola');
    assert.equal(parsed.translated, 'Hello');
    assert.deepEqual(parsed.suggestions, [{ content: 'Hi!', documentId: '' }]);
  });

  it('reads a translated message that also carries suggestions', () => {
    const raw =
      '¿Tienen una versión local?<translated>Do you have an on-premises version?</Translated>' +
      '<Suggestions><Suggest><Content>Yes.</Content><DocumentId>d1</DocumentId></Suggest></Suggestions>';
    assert.deepEqual(parseMessage(raw), {
      ...plain(raw, '¿Tienen una versión local?'),
      translated: 'Do you have an on-premises version?',
      suggestions: [{ content: 'Yes.', documentId: 'd1' }],
    });
  });

  it('reads up to several suggestions, with blanks and newlines between tags', () => {
    const raw =
      'Prices?\r\n<Suggestions>\r\n  <Suggest>\n<Content>\n  First\n</Content>\n</Suggest>\n' +
      '\t<Suggest><DocumentId>doc-2</DocumentId><Content>Second</Content></Suggest>' +
      '<Suggest ><Content >Third</Content ><DocumentId>doc-3</DocumentId ></Suggest ></Suggestions >';
    assert.deepEqual(parseMessage(raw).suggestions, [
      { content: 'First', documentId: '' },
      { content: 'Second', documentId: 'doc-2' },
      { content: 'Third', documentId: 'doc-3' },
    ]);
    assert.equal(parseMessage(raw).text, 'Prices?');
  });

  it('keeps Markdown and bare < characters inside suggestion content', () => {
    const content = '**Yes** - see [pricing](https://example.com/p?a=1) if x < 3 or <b>bold</b>\n- item';
    const parsed = parseMessage(
      `Q<Suggestions><Suggest><Content>${content}</Content></Suggest></Suggestions>`,
    );
    assert.deepEqual(parsed.suggestions, [{ content, documentId: '' }]);
  });

  it('ends an unclosed Content at the DocumentId and an unclosed Suggest at the next one', () => {
    const parsed = parseMessage(
      'Q<Suggestions><Suggest><Content>One<DocumentId>a</DocumentId><Suggest><Content>Two</Suggestions>',
    );
    assert.deepEqual(parsed.suggestions, [
      { content: 'One', documentId: 'a' },
      { content: 'Two', documentId: '' },
    ]);
  });

  it('takes the bare text of a Suggest without Content, and a Suggestions without Suggest', () => {
    assert.deepEqual(parseMessage('Q<Suggestions><Suggest>Just this</Suggest></Suggestions>').suggestions, [
      { content: 'Just this', documentId: '' },
    ]);
    assert.deepEqual(parseMessage('Q<Suggestions><Content>Bare</Content></Suggestions>').suggestions, [
      { content: 'Bare', documentId: '' },
    ]);
  });

  it('drops empty suggestions and keeps a document-only one', () => {
    assert.deepEqual(
      parseMessage('Q<Suggestions><Suggest><Content> </Content></Suggest><Suggest><DocumentId>d9</DocumentId></Suggest></Suggestions>')
        .suggestions,
      [{ content: '', documentId: 'd9' }],
    );
    assert.deepEqual(parseMessage('Q<Suggestions></Suggestions>'), plain('Q<Suggestions></Suggestions>', 'Q'));
  });

  it('reads an unterminated suggestions block to the end', () => {
    const parsed = parseMessage('Q<Suggestions><Suggest><Content>Partial');
    assert.equal(parsed.text, 'Q');
    assert.deepEqual(parsed.suggestions, [{ content: 'Partial', documentId: '' }]);
  });

  it('keeps text that follows the malformed closing <Suggestions>', () => {
    const parsed = parseMessage('Q<Suggestions><Suggest><Content>A</Content></Suggest><Suggestions> and more');
    assert.equal(parsed.text, 'Q and more');
    assert.deepEqual(parsed.suggestions, [{ content: 'A', documentId: '' }]);
  });

  it('shows a link inside other text as its name, in place', () => {
    const raw = 'Here it is: <link><url>https://x.test/d/1</url><name>report.pdf</name></link> - thanks';
    assert.deepEqual(parseMessage(raw), {
      ...plain(raw, 'Here it is: report.pdf - thanks'),
      links: [{ url: 'https://x.test/d/1', name: 'report.pdf' }],
    });
  });

  it('reads several links, in either child order, and unclosed ones', () => {
    const parsed = parseMessage(
      '<link><url>u1</url><name>a.png</name></link>\n<LINK><Name>b.txt</Name><URL>u2</URL></Link>' +
        '<link><url>u3<name>c.doc',
    );
    assert.deepEqual(parsed.links, [
      { url: 'u1', name: 'a.png' },
      { url: 'u2', name: 'b.txt' },
      { url: 'u3', name: 'c.doc' },
    ]);
    assert.equal(parsed.text, 'a.png\nb.txtc.doc');
  });

  it('shows a link without a name as its URL, and a bare link body as the URL', () => {
    const parsed = parseMessage('see <link><url>https://x.test/f</url></link> and <link>https://x.test/g</link>');
    assert.deepEqual(parsed.links, [
      { url: 'https://x.test/f', name: '' },
      { url: 'https://x.test/g', name: '' },
    ]);
    assert.equal(parsed.text, 'see https://x.test/f and https://x.test/g');
  });

  it('drops an empty link', () => {
    assert.deepEqual(parseMessage('a<link></link>b'), plain('a<link></link>b', 'ab'));
  });

  it('decodes XML entities inside our tags only', () => {
    const parsed = parseMessage(
      'Tom &amp; Jerry<translated>Tom &amp; Jerry &lt;3 &quot;hi&quot; &#39;x&#39; &#x263A;</translated>' +
        '<link><url>https://x.test/d?a=1&amp;b=2</url><name>R&amp;D.pdf</name></link>',
    );
    assert.equal(parsed.translated, 'Tom & Jerry <3 "hi" \'x\' ☺');
    assert.deepEqual(parsed.links, [{ url: 'https://x.test/d?a=1&b=2', name: 'R&D.pdf' }]);
    assert.equal(parsed.text, 'Tom &amp; JerryR&D.pdf');
  });

  it('leaves unknown or invalid entities as written', () => {
    assert.equal(
      parseMessage('x<translated>&nbsp; &#0; &#xD800; &#99999999; &lt &amp;amp;</translated>').translated,
      '&nbsp; &#0; &#xD800; &#99999999; &lt &amp;',
    );
  });

  it('keeps text that merely looks like markup as written', () => {
    for (const raw of [
      'a <b> c',
      'x < y & z > w',
      'is 3<4?',
      '<translatedx>no</translatedx>',
      '<suggest>not in a list</suggest>',
      '<url>bare</url>',
      '<',
      '<<<>>>',
      '&lt; stays &amp; stays',
    ]) {
      assert.deepEqual(parseMessage(raw), plain(raw, raw.trim()), raw);
    }
  });

  it('keeps a script tag as literal text', () => {
    const raw = '<script>alert(1)</script>';
    assert.deepEqual(parseMessage(raw), plain(raw, raw));
    assert.equal(
      parseMessage('<img src=x onerror=alert(1)><translated><script>x</script></translated>').text,
      '<img src=x onerror=alert(1)>',
    );
  });

  it('never leaves one of our tags in the text', () => {
    const parsed = parseMessage('a</translated> b</Suggestions> c</original></link> d');
    assert.equal(parsed.text, 'a b c d');
    for (const raw of [
      'x<translated>y<translated>z',
      'q<Suggestions><Suggestions><Suggestions>',
      '<link><link><url>u</url></link></link>',
      'p<original>o</original><original>',
    ]) {
      assert.doesNotMatch(parseMessage(raw).text, /<\/?(translated|original|suggestions|link)\b/i, raw);
    }
  });

  it('reads a same tag met again as the closing tag of a translation', () => {
    const parsed = parseMessage('Hi<translated>Salut<translated> there');
    assert.equal(parsed.translated, 'Salut');
    assert.equal(parsed.text, 'Hi there');
  });

  it('keeps every translation when a message carries two', () => {
    assert.equal(parseMessage('a<translated>b</translated><translated>c</translated>').translated, 'b\nc');
  });

  it('reads an empty translation as none', () => {
    assert.equal(parseMessage('a<translated>  </translated>').translated, null);
  });

  it('keeps the message as received in raw, and reads null Data as empty', () => {
    const raw = ' Hi<translated>Salut</translated> ';
    assert.equal(parseMessage(raw).raw, raw);
    assert.deepEqual(parseMessage(null as unknown as string), plain('', ''));
    assert.deepEqual(parseMessage(''), plain('', ''));
  });

  it('keeps indices aligned around characters whose lower case is longer', () => {
    const parsed = parseMessage('İstanbul İİİ<translated>Istanbul</translated>');
    assert.equal(parsed.text, 'İstanbul İİİ');
    assert.equal(parsed.translated, 'Istanbul');
  });
});

// Speed is measured by scripts/bench-markup.ts; these only prove hostile input parses
// to the right result (a backtracking parser would hit the runner's per-test timeout).
describe('parseMessage: hostile input', () => {
  for (const [label, unit] of hostileUnits) {
    it(`parses 200k characters of ${label} and keeps them`, () => {
      const raw = unit.repeat(Math.ceil(200_000 / unit.length));
      const parsed = parseMessage(raw);
      assert.equal(parsed.raw, raw);
      assert.ok(!/<translated>|<suggestions>|<link>/i.test(parsed.translated ?? ''), 'no markup leaks into parts');
    });
  }

  it('parses a 100k-character ordinary message with suggestions', () => {
    const body = 'word '.repeat(20_000);
    const raw = `${body}<Suggestions><Suggest><Content>ok</Content></Suggest></Suggestions>`;
    const parsed = parseMessage(raw);
    assert.equal(parsed.text, body.trim());
    assert.deepEqual(parsed.suggestions, [{ content: 'ok', documentId: '' }]);
  });
});

describe('stripMarkup', () => {
  it('gives the text to preview', () => {
    assert.equal(
      stripMarkup('Do you offer an on-premises version?<Suggestions><Suggest><Content>Yes</Content></Suggest><Suggestions>'),
      'Do you offer an on-premises version?',
    );
    assert.equal(stripMarkup('<link><url>u</url><name>invoice.pdf</name></link>'), 'invoice.pdf');
    assert.equal(stripMarkup('Hello<translated>Bonjour</Translated>'), 'Hello');
    assert.equal(stripMarkup('x < y'), 'x < y');
  });
});
