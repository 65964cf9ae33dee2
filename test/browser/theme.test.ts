import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/whoson-waiting-badge.js';

const lightText = 'rgb(29, 35, 48)';
const darkText = 'rgb(230, 233, 239)';

const textColour = (element: Element) => getComputedStyle(element).color;

describe('theming', () => {
  it('is light on a page that declares no color scheme', async () => {
    const badge = await fixture(html`<whoson-waiting-badge></whoson-waiting-badge>`);
    expect(textColour(badge)).to.equal(lightText);
  });

  it('follows a page that declares a dark color scheme', async () => {
    const wrapper = await fixture(
      html`<div style="color-scheme: dark"><whoson-waiting-badge></whoson-waiting-badge></div>`,
    );
    expect(textColour(wrapper.querySelector('whoson-waiting-badge')!)).to.equal(darkText);
  });

  it('can be forced dark or light with data-theme, on the element or an ancestor', async () => {
    const dark = await fixture(html`<whoson-waiting-badge data-theme="dark"></whoson-waiting-badge>`);
    expect(textColour(dark)).to.equal(darkText);
    const wrapper = await fixture(
      html`<div style="color-scheme: dark" data-theme="light"><whoson-waiting-badge></whoson-waiting-badge></div>`,
    );
    expect(textColour(wrapper.querySelector('whoson-waiting-badge')!)).to.equal(lightText);
  });

  it('takes the page colours through --whoson-* custom properties', async () => {
    const badge = await fixture(
      html`<whoson-waiting-badge style="--whoson-color-text: rgb(1, 2, 3)"></whoson-waiting-badge>`,
    );
    expect(textColour(badge)).to.equal('rgb(1, 2, 3)');
  });

  it('does not let the page restyle its inside, nor its styles leak out', async () => {
    const wrapper = await fixture(html`<div>
      <style>
        span, [part] { color: rgb(200, 0, 0) !important; }
      </style>
      <span class="outside">page text</span>
      <whoson-waiting-badge></whoson-waiting-badge>
    </div>`);
    const badge = wrapper.querySelector('whoson-waiting-badge')!;
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const inner = badge.shadowRoot!.querySelector('[part]');
    expect(inner, 'the badge renders parts').to.not.equal(null);
    expect(getComputedStyle(inner!).color).to.not.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(wrapper.querySelector('.outside')!).fontFamily).to.not.contain('system-ui');
  });
});
