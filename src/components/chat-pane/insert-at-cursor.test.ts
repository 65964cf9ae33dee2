import { expect } from '@open-wc/testing';
import { insertAtCursor, replaceSlashQuery, slashQuery } from './insert-at-cursor.js';

describe('insertAtCursor', () => {
  it('inserts at the caret and keeps every character of the draft', () => {
    const edit = insertAtCursor('Hello  there', 6, 'Ada');
    expect(edit.text).to.equal('Hello Ada there');
    expect(edit.caret).to.equal('Hello Ada'.length);
  });

  it('adds a space where the insertion would run into a word', () => {
    expect(insertAtCursor('Thanks', 6, 'we open at 9').text).to.equal('Thanks we open at 9');
    expect(insertAtCursor('Thanks', 0, 'Hi').text).to.equal('Hi Thanks');
    expect(insertAtCursor('ab', 1, 'X').text).to.equal('a X b');
  });

  it('fills an empty draft with the insertion alone', () => {
    expect(insertAtCursor('', 0, 'Yes.')).to.deep.equal({ text: 'Yes.', caret: 4 });
  });

  it('clamps a caret outside the draft', () => {
    expect(insertAtCursor('abc', 99, 'd').text).to.equal('abc d');
    expect(insertAtCursor('abc', -5, 'z').text).to.equal('z abc');
  });
});

describe('the / shortcut', () => {
  it('reads the query after a leading slash, up to the end of the first line', () => {
    expect(slashQuery('/price')).to.equal('price');
    expect(slashQuery('/price list\nmore')).to.equal('price list');
    expect(slashQuery('/')).to.equal('');
    expect(slashQuery('no /slash')).to.equal(null);
  });

  it('replaces only the query line', () => {
    expect(replaceSlashQuery('/pri\nKind regards', 'Our prices are online.')).to.deep.equal({
      text: 'Our prices are online.\nKind regards',
      caret: 'Our prices are online.'.length,
    });
  });
});
