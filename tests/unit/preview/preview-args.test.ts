import { describe, expect, it } from 'vitest';
import { parsePreviewArgs } from '../../../electron/preview/args';

describe('parsePreviewArgs', () => {
  it('defaults to no data folder, a free port and a fresh build', () => {
    expect(parsePreviewArgs([])).toEqual({ dataDir: null, port: 0, build: true, demo: false });
  });

  it('reads --data-dir, --port and --no-build, separated or with =', () => {
    expect(parsePreviewArgs(['--data-dir', '/tmp/kelara', '--port', '5173', '--no-build'])).toEqual({
      dataDir: '/tmp/kelara',
      port: 5173,
      build: false,
      demo: false,
    });
    expect(parsePreviewArgs(['--data-dir=C:\\Data\\a=b', '--port=0'])).toEqual({
      dataDir: 'C:\\Data\\a=b',
      port: 0,
      build: true,
      demo: false,
    });
  });

  it('reads --demo', () => {
    expect(parsePreviewArgs(['--demo']).demo).toBe(true);
  });

  it('reads --static-dir, absent by default', () => {
    expect(parsePreviewArgs([]).staticDir).toBeUndefined();
    expect(parsePreviewArgs(['--static-dir', '/tmp/ui', '--no-build']).staticDir).toBe('/tmp/ui');
    expect(() => parsePreviewArgs(['--static-dir='])).toThrow('--static-dir needs a value');
  });

  it.each([
    [['--port', '65536'], '--port must be between 0 and 65535'],
    [['--port', '-1'], '--port must be between 0 and 65535'],
    [['--port', '80.5'], '--port must be between 0 and 65535'],
    [['--port', 'http'], '--port must be between 0 and 65535'],
    [['--port'], '--port needs a value'],
    [['--port='], '--port needs a value'],
    [['--data-dir'], '--data-dir needs a value'],
    [['--data-dir='], '--data-dir needs a value'],
    [['--verbose'], 'Unknown option --verbose'],
    [['data'], 'Unknown option data'],
  ])('refuses %j', (argv, message) => {
    expect(() => parsePreviewArgs(argv)).toThrow(message);
  });
});
