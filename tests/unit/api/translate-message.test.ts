import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, translateMessage } from '../../../renderer/i18n';

describe('translateMessage', () => {
  beforeAll(() => initI18n('id'));

  it('translates the key with its parameters, and parameters that are keys themselves', () => {
    expect(
      translateMessage({
        key: 'error.statusTransition',
        params: { from: 'meetingStatus.held', to: 'meetingStatus.draft' },
      }),
    ).toBe('Status rapat tidak dapat diubah dari “Terlaksana” ke “Draf”.');
    expect(translateMessage({ key: 'validation.tooLong', params: { max: 200 } })).toBe(
      'Terlalu panjang (maksimal 200 karakter).',
    );
  });

  it('never shows a raw key the locale does not know', () => {
    expect(translateMessage({ key: 'validation.somethingNew' })).toBe('Isian tidak valid.');
    expect(translateMessage({ key: 'error.somethingNew' })).toBe(
      'Terjadi kesalahan di dalam aplikasi. Data Anda tidak berubah; silakan coba lagi.',
    );
  });
});
