import { Writable } from 'node:stream';
import { createLogger } from './logger';

function captured() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger('corredor-intake', 'info', stream) };
}

describe('the logger', () => {
  it("names the service on every line (its own name is no one's personal data)", () => {
    const { lines, logger } = captured();
    logger.info({ intakes: 3 }, 'relayed');
    expect(lines[0]).toMatchObject({ name: 'corredor-intake', service: 'corredor-intake', intakes: 3 });
  });

  it('redacts personal keys, at the top of a line and nested', () => {
    const { lines, logger } = captured();
    logger.info({ name: 'Marie Joseph', alias: 'Marie', person: { name: 'Marie Joseph', phone: '+52 664 000 0000' } }, 'oops');
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/Marie|664/);
    expect(lines[0]).toMatchObject({ service: 'corredor-intake', alias: '[redacted]', person: { name: '[redacted]', phone: '[redacted]' } });
  });
});
