import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CliUsageError, parseSimCliArgs } from './cli-args.js';

describe('simulator command line', () => {
  it('defaults to 127.0.0.1:8013, seed 42, six visitors a minute, no TLS', () => {
    assert.deepEqual(parseSimCliArgs([]), {
      port: 8013,
      host: '127.0.0.1',
      seed: 42,
      visitorsPerMinute: 6,
      tls: undefined,
      quiet: false,
      help: false,
    });
  });

  it('reads the options the README documents', () => {
    const options = parseSimCliArgs(['--port', '9000', '--seed', '7', '--visitors-per-minute', '1.5', '--tls', '--host', '0.0.0.0']);
    assert.equal(options.port, 9000);
    assert.equal(options.seed, 7);
    assert.equal(options.visitorsPerMinute, 1.5);
    assert.equal(options.tls, 'self-signed');
    assert.equal(options.host, '0.0.0.0');
  });

  it('uses given certificate files instead of making one', () => {
    const options = parseSimCliArgs(['--tls', '--tls-cert', 'c.pem', '--tls-key', 'k.pem']);
    assert.deepEqual(options.tls, { certFile: 'c.pem', keyFile: 'k.pem' });
  });

  it('refuses bad values and unknown options with a message naming them', () => {
    assert.throws(() => parseSimCliArgs(['--port', '80a']), (error: unknown) => {
      assert.ok(error instanceof CliUsageError);
      assert.match(error.message, /--port/);
      return true;
    });
    assert.throws(() => parseSimCliArgs(['--port', '70000']), CliUsageError);
    assert.throws(() => parseSimCliArgs(['--visitors-per-minute', '-1']), CliUsageError);
    assert.throws(() => parseSimCliArgs(['--tls-cert', 'c.pem']), /go together/);
    assert.throws(() => parseSimCliArgs(['--verbose']), (error: unknown) => error instanceof CliUsageError && /verbose/.test(error.message));
  });
});
