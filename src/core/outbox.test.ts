import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Outbox } from './outbox.js';
import type { CommandFrame } from './protocol/frame.js';

const frame = (text: string): CommandFrame => ({ Command: 'SendTo', Params: ['chat-1', text] });

describe('Outbox', () => {
  it('gives each item its own id and keeps them in order', () => {
    const outbox = new Outbox();
    const ids = ['one', 'two', 'three'].map((text) => outbox.enqueue(frame(text)).id);
    assert.equal(new Set(ids).size, 3);
    assert.deepEqual(
      outbox.items.map((item) => item.frame.Params?.[1]),
      ['one', 'two', 'three'],
    );
  });

  it('flush writes every item once, in order, and empties itself', () => {
    const outbox = new Outbox();
    const first = outbox.enqueue(frame('one')).id;
    const second = outbox.enqueue(frame('two')).id;
    const written: string[] = [];
    const result = outbox.flush((f) => written.push(f.Params?.[1] ?? ''));
    assert.deepEqual(written, ['one', 'two']);
    assert.deepEqual(result.sent, [first, second]);
    assert.equal(outbox.size, 0);
    outbox.flush((f) => written.push(f.Params?.[1] ?? ''));
    assert.deepEqual(written, ['one', 'two'], 'nothing is written twice');
  });

  it('an item whose write throws stays queued, with those after it, in order', () => {
    const outbox = new Outbox();
    const first = outbox.enqueue(frame('one')).id;
    outbox.enqueue(frame('two'));
    outbox.enqueue(frame('three'));
    const written: string[] = [];
    const failing = outbox.flush((f) => {
      if (f.Params?.[1] === 'two') throw new Error('socket broke');
      written.push(f.Params?.[1] ?? '');
    });
    assert.deepEqual(failing.sent, [first]);
    assert.ok(failing.error instanceof Error);
    assert.deepEqual(
      outbox.items.map((item) => item.frame.Params?.[1]),
      ['two', 'three'],
    );
    outbox.flush((f) => written.push(f.Params?.[1] ?? ''));
    assert.deepEqual(written, ['one', 'two', 'three']);
  });

  it('remove takes one item out and says when there was none', () => {
    const outbox = new Outbox();
    const keep = outbox.enqueue(frame('keep'));
    const drop = outbox.enqueue(frame('drop'));
    assert.equal(outbox.remove(drop.id), drop);
    assert.equal(outbox.remove(drop.id), undefined);
    assert.equal(outbox.remove('outbox-unknown'), undefined);
    assert.deepEqual(outbox.items, [keep]);
  });

  it('takeAll hands back everything and leaves it empty', () => {
    const outbox = new Outbox();
    outbox.enqueue(frame('a'));
    outbox.enqueue(frame('b'));
    assert.deepEqual(
      outbox.takeAll().map((item) => item.frame.Params?.[1]),
      ['a', 'b'],
    );
    assert.equal(outbox.size, 0);
  });

  it('ids stay unique after items leave', () => {
    const outbox = new Outbox();
    const first = outbox.enqueue(frame('a')).id;
    outbox.takeAll();
    assert.notEqual(outbox.enqueue(frame('b')).id, first);
  });
});
