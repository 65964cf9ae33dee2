/**
 * Test helpers: events built the way the connection builds them, from frame text through
 * `decodeFrame` and `decodeEvent`, so store tests exercise the real decoding path.
 */
import type { WhosOnEvent } from '../protocol/event-map.js';
import { decodeEvent } from '../protocol/events.js';
import { decodeFrame } from '../protocol/frame.js';
import { specEventExamples, type SpecEventExample } from './spec-examples.js';

/** Decodes frame text; throws when the fixture itself is not decodable. */
export function decodeWire(json: string): WhosOnEvent {
  const frame = decodeFrame(json);
  if (!frame.ok) throw frame.error;
  const event = decodeEvent(frame.value);
  if (!event.ok) throw event.error;
  return event.value;
}

/** An event from a frame written as an object, e.g. `{ EventName: 'chatclosed', Params: [uid] }`. */
export function wire(frame: {
  EventName: string;
  Params?: unknown;
  Header?: unknown;
  Data?: unknown;
}): WhosOnEvent {
  return decodeWire(JSON.stringify({ Params: null, Data: '', ...frame }));
}

export function specExample(title: string): SpecEventExample {
  const example = specEventExamples.find((candidate) => candidate.title === title);
  if (example === undefined) throw new Error(`No spec example titled "${title}"`);
  return example;
}

/** The decoded event of the spec example with this title. */
export function specEvent(title: string): WhosOnEvent {
  return decodeWire(specExample(title).json);
}
