import { expect } from '@open-wc/testing';
import type { AutoResponse } from '../../core/protocol/models.js';
import { autoResponseTree, filterTree, insertable } from './auto-response-tree.js';

function response(fields: Partial<AutoResponse> & { id: string }): AutoResponse {
  return {
    parentId: '',
    sortId: '',
    dated: '',
    subject: '',
    content: '',
    documentId: '',
    tag: '',
    keywordsFixed: '',
    siteKeys: [],
    skillIds: [],
    ...fields,
  };
}

const library: Record<string, AutoResponse> = Object.fromEntries(
  [
    response({ id: 'greet', subject: 'Greetings', sortId: '1' }),
    response({ id: 'hello', parentId: 'greet', subject: 'Hello', content: 'Hello, how can I help?', sortId: '2' }),
    response({ id: 'bye', parentId: 'greet', subject: 'Goodbye', content: 'Thanks for chatting!', sortId: '1' }),
    response({ id: 'prices', subject: 'Prices', content: 'Our price list is online.', sortId: '2', siteKeys: [1] }),
    response({ id: 'other-site', subject: 'Other site', content: 'Only on site 2', siteKeys: [2] }),
    response({ id: 'orphan', parentId: 'deleted-folder', subject: 'Orphan', content: 'Still here' }),
  ].map((item) => [item.id, item]),
);

describe('autoResponseTree', () => {
  it('nests responses under their parents, in sort order', () => {
    const tree = autoResponseTree(library, 1);
    const greet = tree.find((node) => node.response.id === 'greet');
    expect(greet?.children.map((node) => node.response.id)).to.deep.equal(['bye', 'hello']);
  });

  it('keeps to the chat site and keeps orphans as roots', () => {
    const ids = autoResponseTree(library, 1).map((node) => node.response.id);
    expect(ids).to.include('prices');
    expect(ids).to.include('orphan');
    expect(ids).not.to.include('other-site');
  });

  it('filters by every word and keeps the folders leading to matches', () => {
    const filtered = filterTree(autoResponseTree(library, 1), 'how help');
    expect(filtered.map((node) => node.response.id)).to.deep.equal(['greet']);
    expect(filtered[0]?.children.map((node) => node.response.id)).to.deep.equal(['hello']);
    expect(insertable(filtered).map((item) => item.id)).to.deep.equal(['hello']);
  });

  it('lists nothing for a search without matches, everything for an empty one', () => {
    expect(filterTree(autoResponseTree(library, 1), 'zebra')).to.deep.equal([]);
    expect(insertable(filterTree(autoResponseTree(library, 1), ''))).to.have.length(4);
  });

  it('shows responses caught in a parent cycle instead of looping or losing them', () => {
    const cyclic = {
      a: response({ id: 'a', parentId: 'b', subject: 'A', content: 'a' }),
      b: response({ id: 'b', parentId: 'a', subject: 'B', content: 'b' }),
    };
    const tree = autoResponseTree(cyclic);
    expect(insertable(tree).map((item) => item.id).sort()).to.deep.equal(['a', 'b']);
  });
});
