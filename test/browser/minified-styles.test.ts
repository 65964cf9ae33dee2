/**
 * The build ships the elements' CSS minified (scripts/minify-css-templates.mjs): the
 * browser must read exactly the same rules from the minified text as from the source.
 */
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { minifyCssTemplates } from '../../scripts/minify-css-templates.mjs';
import { chatListStyles } from '../../src/components/chat-list/chat-list.styles.js';
import { chatPaneStyles } from '../../src/components/chat-pane/chat-pane.styles.js';
import { loginFormStyles } from '../../src/components/session/login-form.styles.js';
import { sessionBarStyles } from '../../src/components/session/session-bar.styles.js';
import { sessionStyles } from '../../src/components/session/session.styles.js';
import { tokenStyles } from '../../src/components/shared/tokens.styles.js';
import { transferDialogStyles } from '../../src/components/transfer-dialog/transfer-dialog.styles.js';
import { waitingBadgeStyles } from '../../src/components/waiting-badge/waiting-badge.styles.js';

/**
 * The rules as the browser serialises them. Custom properties keep their text as written,
 * so the spaces after commas in their var() fallbacks (which do not count) are left out.
 */
function rulesOf(cssText: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return Array.from(sheet.cssRules, (rule) => rule.cssText.replace(/,\s+/g, ','));
}

function minified(cssText: string): string {
  const source = `css\`${cssText.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
  return minifyCssTemplates(source).slice(4, -1).replaceAll('\\`', '`').replaceAll('\\\\', '\\');
}

const styles: Record<string, CSSResult> = {
  chatListStyles,
  chatPaneStyles,
  loginFormStyles,
  sessionBarStyles,
  sessionStyles,
  tokenStyles,
  transferDialogStyles,
  waitingBadgeStyles,
};

describe('minified element styles', () => {
  for (const [name, result] of Object.entries(styles)) {
    it(`${name}: the same rules, in fewer characters`, () => {
      const source = result.cssText;
      const small = minified(source);
      expect(small.length).to.be.below(source.length * 0.9);
      expect(rulesOf(small)).to.deep.equal(rulesOf(source));
    });
  }

  it('keeps quoted strings, spaces that separate values and calc() operators', () => {
    const source = `.a > .b , .c { content : ' * , ' ; margin : 0 auto ; width : calc( 100% - 2px ) ; } /* gone */`;
    expect(minified(source)).to.equal(`.a > .b,.c{content :' * , ';margin :0 auto;width :calc( 100% - 2px )}`);
  });
});
