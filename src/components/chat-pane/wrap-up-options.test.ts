import { expect } from '@open-wc/testing';
import type { WrapUp } from '../../core/protocol/models.js';
import { labelPath, leaves, optionsAt, wrapUpBlocksClosing, wrapUpVisible } from './wrap-up-options.js';

const wrapUp: WrapUp = {
  enabled: true,
  required: true,
  message: 'Please select one of the options',
  type: 'Menu',
  show: 'SessionEnd',
  options: [
    {
      value: 'sales',
      displayValue: 'Sales Enquiry',
      subOptions: [
        { value: 'quote', displayValue: 'Wants Quotation', subOptions: [] },
        { value: 'call', displayValue: 'Wants Callback', subOptions: [] },
      ],
    },
    { value: 'support', displayValue: 'Support Enquiry', subOptions: [] },
  ],
};

describe('wrap-up options', () => {
  it('walks into nested options', () => {
    expect(optionsAt(wrapUp.options, []).map((option) => option.value)).to.deep.equal(['sales', 'support']);
    expect(optionsAt(wrapUp.options, ['sales']).map((option) => option.value)).to.deep.equal(['quote', 'call']);
  });

  it('names a chosen value with the options above it', () => {
    expect(labelPath(wrapUp.options, 'call')).to.deep.equal(['Sales Enquiry', 'Wants Callback']);
    expect(labelPath(wrapUp.options, 'nope')).to.deep.equal([]);
  });

  it('lists only choosable options', () => {
    expect(leaves(wrapUp.options).map(({ option, path }) => [...path, option.value])).to.deep.equal([
      ['Sales Enquiry', 'quote'],
      ['Sales Enquiry', 'call'],
      ['support'],
    ]);
  });

  it('shows as the site says', () => {
    const open = { ended: false, closing: false };
    expect(wrapUpVisible({ ...wrapUp, show: 'SessionStart' }, open)).to.equal(true);
    expect(wrapUpVisible(wrapUp, open)).to.equal(false);
    expect(wrapUpVisible(wrapUp, { ended: true, closing: false })).to.equal(true);
    expect(wrapUpVisible(wrapUp, { ended: false, closing: true })).to.equal(true);
    expect(wrapUpVisible({ ...wrapUp, show: 'OperatorClose' }, { ended: true, closing: false })).to.equal(false);
    expect(wrapUpVisible({ ...wrapUp, show: 'OperatorClose' }, { ended: true, closing: true })).to.equal(true);
    expect(wrapUpVisible({ ...wrapUp, enabled: false }, { ended: true, closing: true })).to.equal(false);
  });

  it('blocks closing only while a required wrap-up is missing', () => {
    expect(wrapUpBlocksClosing(wrapUp, null)).to.equal(true);
    expect(wrapUpBlocksClosing(wrapUp, 'quote')).to.equal(false);
    expect(wrapUpBlocksClosing({ ...wrapUp, required: false }, null)).to.equal(false);
    expect(wrapUpBlocksClosing(undefined, null)).to.equal(false);
  });
});
