import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commands } from '../core/protocol/commands.js';
import { specEventExamples } from '../core/testing/spec-examples.js';
import type { WhosOnEvent } from '../core/protocol/event-map.js';
import { Session } from '../core/session.js';
import type { SessionState } from '../core/store/state.js';
import { FakeClock } from '../core/testing/fake-clock.js';
import { createDefaultWorld, DEMO_OPERATORS, DEMO_SKILL_IDS, makeChat } from './default-data.js';
import { withSuggestions } from './knowledge-search.js';
import { createRandom } from './random.js';
import { SimServer } from './server.js';
import { operatorSession, recordEvents } from './testing/operator-sessions.js';
import { RawClient, settle } from './testing/raw-client.js';
import { startWsSim, until, type WsSim } from './testing/ws-harness.js';
import { visitorSide } from './visitor-side.js';
import type { World } from './world.js';

function setup(adjust: (world: World, now: number) => void = () => undefined) {
  const clock = new FakeClock();
  const world = createDefaultWorld({ random: createRandom(11), now: () => clock.now() });
  adjust(world, clock.now());
  const server = new SimServer({ clock, world });
  return { clock, server, world };
}

const state = (session: Session): SessionState => session.store.getState();
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

function errorsOf(events: readonly WhosOnEvent[]): string[] {
  return events.flatMap((event) => (event.name === 'error' ? [event.payload.text] : []));
}

/** The Data keys of the spec's example for an event (first item of a list). */
function specKeys(title: string): string[] {
  const example = specEventExamples.find((candidate) => candidate.title === title);
  assert.ok(example, `spec example "${title}"`);
  const data = (JSON.parse(example.json) as { Data: unknown }).Data;
  const object = Array.isArray(data) ? data[0] : data;
  return Object.keys(object as object).sort();
}

function keysOf(value: unknown): string[] {
  return Object.keys((Array.isArray(value) ? value[0] : value) as object).sort();
}

describe('documents', () => {
  it('a document one operator saves, pins and deletes shows up and goes away in a colleague’s list', async () => {
    const { clock, server } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    thomas.sendCommand(commands.getDocuments());
    martin.sendCommand(commands.getDocuments());
    await settle();
    const before = Object.keys(state(martin).documents).length;
    assert.ok(before > 0, 'martin shares a site with thomas, so sees his library');

    thomas.sendCommand(commands.saveDocument({ fileName: 'terms.txt', folder: 'legal/', base64: base64('Terms and conditions') }));
    await settle();
    const saved = Object.values(state(martin).documents).find((document) => document.fileName === 'terms.txt');
    assert.ok(saved, 'martin’s list gains the new file');
    assert.equal(saved.size, 'Terms and conditions'.length);
    assert.equal(saved.mimeType, 'text/plain');
    assert.equal(saved.createdByUser, DEMO_OPERATORS.thomas);
    assert.ok(state(thomas).documents[saved.id], 'and so does thomas’s');

    martin.sendCommand(commands.getDocument(saved.id));
    await settle();
    assert.equal(Buffer.from(state(martin).documentContent?.base64 ?? '', 'base64').toString('utf8'), 'Terms and conditions');

    martin.sendCommand(commands.pinDocuments([saved.id]));
    await settle();
    assert.equal(state(thomas).documents[saved.id]?.pinned, true, 'pinning shows for everyone');

    thomas.sendCommand(commands.deleteDocuments([saved.id]));
    await settle();
    assert.equal(state(martin).documents[saved.id], undefined);
    assert.equal(state(thomas).documents[saved.id], undefined);
    assert.equal(Object.keys(state(martin).documents).length, before);
  });

  it('a single-use upload reaches only its uploader, and a site-2 file stays out of a site-1 operator’s list', async () => {
    const { clock, server } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    thomas.sendCommand(commands.saveDocument({ fileName: 'once.pdf', singleUse: true, base64: base64('%PDF') }));
    thomas.sendCommand(commands.saveDocument({ fileName: 'portal.pdf', siteKey: 2, base64: base64('%PDF') }));
    await settle();
    const names = (session: Session) => Object.values(state(session).documents).map((document) => document.fileName);
    assert.ok(names(thomas).includes('once.pdf'));
    assert.ok(names(thomas).includes('portal.pdf'));
    assert.ok(!names(martin).includes('once.pdf'));
    assert.ok(!names(martin).includes('portal.pdf'), 'martin has site 1 only');
    martin.sendCommand(commands.getDocuments());
    await settle();
    assert.ok(!names(martin).includes('portal.pdf'));
  });
});

describe('auto-responses', () => {
  it('edits and deletes a tree: both operators see each change, and deleting a parent removes its children', async () => {
    const { clock, server, world } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const martinEvents = recordEvents(martin);
    thomas.sendCommand(commands.getAutoResponses());
    martin.sendCommand(commands.getAutoResponses());
    await settle();

    thomas.sendCommand(commands.autoResponseUpdate({ siteKeys: [1], subject: 'Shipping', content: '' }));
    await settle();
    const parent = Object.values(state(martin).autoResponses).find((response) => response.subject === 'Shipping');
    assert.ok(parent, 'martin sees the new folder');
    thomas.sendCommand(
      commands.autoResponseUpdate({ parentId: parent.id, siteKeys: [1], subject: 'Free delivery', content: 'Delivery is free over £50.' }),
    );
    await settle();
    const child = Object.values(state(martin).autoResponses).find((response) => response.subject === 'Free delivery');
    assert.ok(child);
    assert.equal(child.parentId, parent.id);

    thomas.sendCommand(
      commands.autoResponseUpdate({ id: child.id, parentId: parent.id, siteKeys: [1], subject: 'Free delivery', content: 'Delivery is free over £40.' }),
    );
    await settle();
    assert.equal(state(martin).autoResponses[child.id]?.content, 'Delivery is free over £40.', 'the edit reaches martin');

    thomas.sendCommand(commands.autoResponseDelete(parent.id));
    await settle();
    assert.equal(state(martin).autoResponses[parent.id], undefined);
    assert.equal(state(martin).autoResponses[child.id], undefined);
    assert.equal(state(thomas).autoResponses[child.id], undefined);
    const deleted = martinEvents.events.find((event) => event.name === 'autoresponsedeleted');
    assert.deepEqual(deleted?.name === 'autoresponsedeleted' && [...deleted.payload.ids].sort(), [parent.id, child.id].sort(), 'the server lists the child too');
    assert.equal(world.autoResponses.some((response) => response.id === child.id), false);
  });

  it('keeps a private auto-response to its owner and refuses content over 2000 characters', async () => {
    const { clock, server } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const thomasEvents = recordEvents(thomas);
    thomas.sendCommand(commands.autoResponseUpdate({ subject: 'My own', content: 'Cheers!' }));
    await settle();
    assert.ok(Object.values(state(thomas).autoResponses).some((response) => response.subject === 'My own'));
    martin.sendCommand(commands.getAutoResponses());
    await settle();
    assert.ok(!Object.values(state(martin).autoResponses).some((response) => response.subject === 'My own'));

    // The builder refuses it; a client that sends it anyway gets the server's error.
    const tooLong = 'x'.repeat(2001);
    assert.throws(() => commands.autoResponseUpdate({ subject: 'Long', content: tooLong }));
    thomas.sendCommand({ Command: 'AutoResponseUpdate', Params: ['', '', '', '1', '', 'Long', tooLong, '', '', ''] });
    await settle();
    assert.match(errorsOf(thomasEvents.events).at(-1) ?? '', /2001 characters; the limit is 2000/);
    assert.ok(!Object.values(state(thomas).autoResponses).some((response) => response.subject === 'Long'));
  });
});

describe('articles', () => {
  it('ranks ArticleSearch results by similarity within the site and skills', async () => {
    const { clock, server } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    thomas.sendCommand(commands.articleSearch(1, [DEMO_SKILL_IDS.sales], 'Delivery times for my order', 5));
    await settle();
    const search = state(thomas).articles.search;
    assert.ok(search);
    assert.equal(search.searchTerm, 'Delivery times for my order');
    const subjects = search.articles.map((article) => article.subject);
    assert.equal(subjects[0], 'Delivery times');
    assert.ok(subjects.indexOf('Returns policy') > 0, 'an article sharing only "order" ranks lower');
    const similarities = search.articles.map((article) => article.similarity);
    assert.deepEqual([...similarities].sort((a, b) => b - a), similarities, 'most similar first');
    assert.ok(similarities.every((value) => value > 0 && value <= 1));
    assert.ok(search.articles.every((article) => article.tokens === 0));

    thomas.sendCommand(commands.articleSearch(1, [DEMO_SKILL_IDS.support], 'Delivery times for my order', 5));
    await settle();
    assert.ok(
      !state(thomas).articles.search?.articles.some((article) => article.subject === 'Delivery times'),
      'an article for the Sales skill is not offered for Support',
    );

    thomas.sendCommand(commands.articleSearch(2, [], 'How do I reset my password?', 2));
    await settle();
    const top = state(thomas).articles.search?.articles ?? [];
    assert.equal(top.length, 2, 'TopX caps the list');
    assert.equal(top[0]?.similarity, 1, 'a question asked as the subject is a perfect match');
  });

  it('refuses article edits without the right, and content over 10,000 characters', async () => {
    const { clock, server, world } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const thomasEvents = recordEvents(thomas);
    const martinEvents = recordEvents(martin);
    const count = world.articles.length;
    thomas.sendCommand(commands.articleUpdate({ siteKeys: [1], subject: 'Gift cards', content: 'We sell gift cards.' }));
    await settle();
    assert.deepEqual(errorsOf(thomasEvents.events), ['Access denied'], 'thomas may not edit articles');
    assert.equal(world.articles.length, count);

    martin.sendCommand({ Command: 'ArticleUpdate', Params: ['', '', '', '1', '', 'Huge', 'y'.repeat(10_001), '', '', ''] });
    await settle();
    assert.match(errorsOf(martinEvents.events)[0] ?? '', /10001 characters; the limit is 10000/);
    martin.sendCommand(commands.articleUpdate({ siteKeys: [1], subject: 'Gift cards', content: 'We sell gift cards.' }));
    await settle();
    assert.ok(Object.values(state(thomas).articles.summaries).some((article) => article.subject === 'Gift cards'), 'thomas still hears of it');
  });

  it('imports Markdown split at ## headers, replaces an earlier import of the same file, and refuses binary files', async () => {
    const { clock, server } = setup();
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const martinEvents = recordEvents(martin);
    const section = (title: string) => `## ${title}\n\n${`${title} explained in detail. `.repeat(120)}`;
    const guide = ['# Guide', section('Installing'), section('Configuring'), section('Upgrading')].join('\n\n');
    assert.ok(guide.length > 10_000);
    martin.sendCommand(commands.articleImport({ siteKeys: [1], fileName: 'guide.md', subject: 'Guide', base64: base64(guide) }));
    await settle();
    const imported = state(thomas).articles.lastImported;
    assert.equal(imported.length, 2, 'two pages of whole sections');
    const subjects = imported.map((id) => state(thomas).articles.summaries[id]?.subject);
    assert.deepEqual(subjects, ['Guide page 1', 'Guide page 2']);
    martin.sendCommand(commands.getArticleDetail(imported[1] as string));
    await settle();
    const second = state(martin).articles.details[imported[1] as string];
    assert.ok(second?.content.startsWith('## Upgrading'), 'the second page starts at a header');
    assert.ok((second?.content.length ?? 0) <= 10_000);

    martin.sendCommand(commands.articleImport({ siteKeys: [1], fileName: 'guide.md', base64: base64('# Guide\n\nShort now.') }));
    await settle();
    for (const id of imported) assert.equal(state(thomas).articles.summaries[id], undefined, 'the earlier pages are gone');
    const replacement = state(thomas).articles.lastImported;
    assert.equal(replacement.length, 1);
    assert.equal(state(thomas).articles.summaries[replacement[0] as string]?.subject, 'guide.md', 'a blank subject takes the file name');

    martin.sendCommand(commands.articleImport({ fileName: 'page.html', base64: base64('<h1>Hi</h1><script>x()</script><p>Plain &amp; simple</p>') }));
    await settle();
    const html = state(martin).articles.lastImported[0] as string;
    martin.sendCommand(commands.getArticleDetail(html));
    await settle();
    assert.equal(state(martin).articles.details[html]?.content, 'Hi\n\nPlain & simple');

    martin.sendCommand(commands.articleImport({ fileName: 'manual.pdf', base64: base64('%PDF-1.4') }));
    await settle();
    assert.match(errorsOf(martinEvents.events).at(-1) ?? '', /imports text .*Markdown .*HTML .*only/);
  });

  it('deleting a parent article deletes its children for everyone', async () => {
    const { clock, server } = setup();
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    martin.sendCommand(commands.articleUpdate({ siteKeys: [1], subject: 'Billing', content: 'Billing questions.' }));
    await settle();
    const parent = Object.values(state(thomas).articles.summaries).find((article) => article.subject === 'Billing');
    assert.ok(parent);
    martin.sendCommand(commands.articleUpdate({ parentId: parent.id, siteKeys: [1], subject: 'Invoices', content: 'Invoices are emailed.' }));
    await settle();
    const child = Object.values(state(thomas).articles.summaries).find((article) => article.subject === 'Invoices');
    assert.equal(child?.parentId, parent.id);
    const thomasEvents = recordEvents(thomas);
    martin.sendCommand(commands.articleDelete(parent.id));
    await settle();
    const deleted = thomasEvents.events.find((event) => event.name === 'articledeleted');
    assert.deepEqual(deleted?.name === 'articledeleted' && [...deleted.payload.ids].sort(), [parent.id, child?.id].sort());
    assert.equal(state(thomas).articles.summaries[child?.id ?? ''], undefined);
  });
});

describe('suggestions', () => {
  it('GetSuggestion answers with the best article or auto-response, else an earlier operator reply, else blank', async () => {
    const { clock, server, world } = setup((world, now) => {
      world.closedChats.push(
        makeChat({
          chatUid: '65b3b6ffc937df03142c7f00',
          chatNumber: 90,
          siteKey: 1,
          started: now - 3_600_000,
          finished: now - 3_000_000,
          takenByUsers: ['Thomas'],
          lines: [
            { dated: now - 3_590_000, operatorIndex: 0, message: 'Do you sell gift vouchers?' },
            { dated: now - 3_580_000, operatorIndex: 1, message: 'Yes, gift vouchers are on our Gifts page.' },
          ],
        }),
      );
    });
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    thomas.sendCommand(commands.getSuggestion(1, [], 'How can I reset my password?'));
    await settle();
    const reset = state(thomas).articles.suggestion;
    assert.equal(reset?.searchTerm, 'How can I reset my password?');
    const resetAnswers = [...world.articles, ...world.autoResponses].filter((item) => /reset/i.test(item.subject)).map((item) => item.content);
    assert.ok(resetAnswers.includes(reset?.content ?? ''), 'a password-reset answer');

    thomas.sendCommand(commands.getSuggestion(1, [], 'Can I buy a gift voucher?'));
    await settle();
    assert.equal(state(thomas).articles.suggestion?.content, 'Yes, gift vouchers are on our Gifts page.');

    thomas.sendCommand(commands.getSuggestion(1, [], 'Quantum chromodynamics'));
    await settle();
    assert.equal(state(thomas).articles.suggestion?.content, '');
    assert.equal(state(thomas).articles.suggestion?.documentId, '');
  });

  it('appends <Suggestions> (with a document id) to a visitor message for an operator who wants them', async () => {
    const { clock, server, world } = setup();
    const martin = await operatorSession(server, clock, DEMO_OPERATORS.martin);
    const side = visitorSide(server);
    const chatUid = side.startChat({ siteKey: 1, name: 'Ada', skillNames: ['Sales'] });
    await settle();
    martin.accept(chatUid);
    await settle();
    side.visitorSays(chatUid, 'What is your pricing overview?');
    await settle();
    const line = state(martin).conversations.get(chatUid)?.lines.at(-1);
    assert.equal(line?.text, 'What is your pricing overview?', 'the tag is not shown as text');
    const suggestion = line?.message.suggestions[0];
    assert.match(suggestion?.content ?? '', /Plans start at £25/);
    assert.equal(suggestion?.documentId, '65b3ba10c937df1341341100');
    const chat = world.chat(chatUid);
    assert.ok(chat);
    assert.equal(withSuggestions(world, chat, 'zzz qqq'), 'zzz qqq', 'nothing to suggest: the message is unchanged');
  });
});

describe('skills and translation', () => {
  it('administrators edit skills (children go with their parent); operators may not', async () => {
    const { clock, server } = setup();
    const admin = await operatorSession(server, clock, DEMO_OPERATORS.admin);
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    const thomasEvents = recordEvents(thomas);
    admin.sendCommand(commands.saveSkill({ Id: '', Name: 'Billing', SiteKeys: '1' }));
    await settle();
    const billing = Object.values(state(thomas).skills).find((skill) => skill.name === 'Billing');
    assert.ok(billing, 'thomas hears of the new skill');
    admin.sendCommand(commands.saveSkill({ Id: '', ParentId: billing.id, Name: 'Refunds', SiteKeys: '1' }));
    await settle();
    assert.ok(Object.values(state(thomas).skills).some((skill) => skill.name === 'Refunds'));
    admin.sendCommand(commands.deleteSkill(billing.id));
    await settle();
    assert.ok(!Object.values(state(thomas).skills).some((skill) => skill.name === 'Refunds' || skill.name === 'Billing'));

    thomas.sendCommand(commands.saveSkill({ Id: '', Name: 'Mine' }));
    await settle();
    assert.deepEqual(errorsOf(thomasEvents.events), ['Access denied']);
  });

  it('translates text, assuming the site language when none is given', async () => {
    const { clock, server } = setup();
    const thomas = await operatorSession(server, clock, DEMO_OPERATORS.thomas);
    thomas.sendCommand(commands.translate(2, 'Hello!', 'fr'));
    await settle();
    assert.deepEqual(state(thomas).translations.at(-1), {
      siteKey: 2,
      fromLang: 'en',
      toLang: 'fr',
      text: 'Hello!',
      translation: 'Bonjour!',
    });
  });
});

describe('knowledge events on the wire', () => {
  it('carry the fields of the spec’s examples', async () => {
    const { server } = setup();
    const martin = await RawClient.login(server, DEMO_OPERATORS.martin);
    const data = async (command: string, params: string[] | null, event: string): Promise<unknown> => {
      const events = await martin.run(command, params);
      const found = events.find((item) => item.EventName === event);
      assert.ok(found, `${command} answers ${event}`);
      assert.equal(found.Params, null);
      return found.Data;
    };
    assert.deepEqual(keysOf(await data('GetSkills', null, 'skills')), specKeys('Skills (Event)'));
    assert.deepEqual(keysOf(await data('GetDocuments', null, 'documents')), specKeys('Documents (Event) — Documents'));
    assert.deepEqual(keysOf(await data('GetDocument', ['65b3b9cfc937df1341329981'], 'document')), specKeys('Document (Event)'));
    assert.deepEqual(keysOf(await data('GetAutoResponses', null, 'autoresponses')), specKeys('AutoResponses (Event) — Auto Responses'));
    assert.deepEqual(keysOf(await data('GetArticleList', null, 'articlelist')), specKeys('ArticleList (Event)'));
    assert.deepEqual(keysOf(await data('GetArticle', ['65b3d001c937df1341360001'], 'articledetail')), specKeys('ArticleDetail (Event)'));
    const search = (await data('ArticleSearch', ['1', '', 'product trial', '3'], 'articlesearch')) as { Articles: unknown[] };
    assert.deepEqual(keysOf(search), specKeys('ArticleSearch (Event)'));
    const exampleMatch = JSON.parse(specEventExamples.find((item) => item.title === 'ArticleSearch (Event)')?.json ?? '{}').Data.Articles[0];
    assert.deepEqual(keysOf(search.Articles), Object.keys(exampleMatch).sort());
    assert.deepEqual(keysOf(await data('GetSuggestion', ['1', '', 'opening hours'], 'suggestion')), specKeys('Suggestion (Event)'));
    assert.deepEqual(keysOf(await data('Translate', ['1', 'Thank you', 'de', 'en'], 'translation')), specKeys('Translation (Event)'));
    assert.deepEqual(
      keysOf(await data('ArticleUpdate', ['', '', '', '1', '', 'Subject', 'Content', '', '', ''], 'article')),
      specKeys('Article (Event)'),
    );
    const none = (await data('ArticleSearch', ['1', '', 'xylophone', '3'], 'articlesearch')) as { Articles: unknown };
    assert.equal(none.Articles, null, 'the spec: null if no articles were found');
  });
});

describe('knowledge over a real WebSocket', () => {
  let sim: WsSim | undefined;
  after(async () => sim?.stop());

  it('saves an auto-response and searches for it over ws://', async () => {
    sim = await startWsSim({ seed: 9 });
    const session = await sim.login(DEMO_OPERATORS.thomas);
    session.sendCommand(commands.autoResponseUpdate({ siteKeys: [2], subject: 'Parking', content: 'Free parking behind the office.' }));
    await until(() => Object.values(session.store.getState().autoResponses).some((item) => item.subject === 'Parking'), 'autoresponse');
    session.sendCommand(commands.articleSearch(2, [], 'Where can I park? Is parking free?', 3));
    await until(() => session.store.getState().articles.search !== null, 'articlesearch');
    assert.equal(session.store.getState().articles.search?.articles[0]?.subject, 'Parking');
  });
});
