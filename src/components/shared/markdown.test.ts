import { expect } from '@open-wc/testing';
import { renderMarkdown } from './markdown.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Renders into a live container, so anything that could run would run. */
function mount(text: string): HTMLElement {
  const container = document.createElement('div');
  container.append(renderMarkdown(text));
  document.body.append(container);
  return container;
}

/** Lets queued error/load handlers run before asserting nothing ran. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

describe('renderMarkdown', () => {
  afterEach(() => {
    document.body.replaceChildren();
    delete window.__pwned;
  });

  it('renders the Markdown the server would render', () => {
    const container = mount('# Title\n\n**bold** *it* ~~gone~~\n\n1. one\n2. two\n\n> note');
    expect(container.querySelector('h1')?.textContent).to.equal('Title');
    expect(container.querySelector('strong')?.textContent).to.equal('bold');
    expect(container.querySelector('em')?.textContent).to.equal('it');
    expect(container.querySelector('del')?.textContent).to.equal('gone');
    expect(container.querySelectorAll('ol li')).to.have.length(2);
    expect(container.querySelector('blockquote')?.textContent?.trim()).to.equal('note');
  });

  it('opens http(s), mailto and tel links in a new tab without the opener', () => {
    const container = mount(
      '[site](https://example.com/a) [plain](http://example.com) [mail](mailto:a@b.c) [call](tel:+441234)',
    );
    const anchors = [...container.querySelectorAll('a')];
    expect(anchors.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.com/a',
      'http://example.com',
      'mailto:a@b.c',
      'tel:+441234',
    ]);
    for (const anchor of anchors) {
      expect(anchor.getAttribute('target')).to.equal('_blank');
      expect(anchor.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
    }
  });

  it('drops links to any other scheme and keeps their words', () => {
    const hostile = [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](&#106;avascript:alert(1))',
      '[x](data:text/html,<script>alert(1)</script>)',
      '[x](vbscript:msgbox(1))',
      '[x](/relative/into/the/host/page)',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="java&#x09;script:alert(1)">x</a>',
      '<a href=" javascript:alert(1)">x</a>',
    ];
    for (const text of hostile) {
      const container = mount(text);
      expect(container.querySelector('a'), text).to.equal(null);
      expect(container.textContent, text).to.contain('x');
    }
  });

  it('removes script, handlers and forbidden elements', async () => {
    const container = mount(
      [
        '<img src=x onerror="window.__pwned=1">',
        '<script>window.__pwned=2</script>',
        '<svg onload="window.__pwned=3"><circle r="1"/></svg>',
        '<math><mi>x</mi></math>',
        '<style>body{display:none}</style>',
        '<form action="https://evil.example"><input name="p"><button>go</button></form>',
        '<iframe src="https://evil.example"></iframe>',
        '<p style="position:fixed" onclick="window.__pwned=4">styled</p>',
        '<details open ontoggle="window.__pwned=5">d</details>',
      ].join('\n\n'),
    );
    await settle();
    expect(window.__pwned).to.equal(undefined);
    for (const selector of ['script', 'svg', 'math', 'style', 'form', 'input', 'button', 'iframe']) {
      expect(container.querySelector(selector), selector).to.equal(null);
    }
    for (const element of container.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith('on'), `${element.localName} ${attribute.name}`).to.equal(false);
        expect(attribute.name, element.localName).not.to.equal('style');
      }
    }
    const image = container.querySelector('img');
    expect(image?.hasAttribute('src') ?? false).to.equal(false);
    expect(container.textContent).to.contain('styled');
  });

  it('returns nodes, never an HTML string to be parsed again', () => {
    const fragment = renderMarkdown('a <b>b</b>');
    expect(fragment).to.be.instanceOf(DocumentFragment);
  });

  it('renders nothing for empty text', () => {
    expect(renderMarkdown('').childNodes).to.have.length(0);
  });
});
