import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installation } from '../support/exchange-offices';
import { seedRakor } from '../support/seed-rakor';
import { cleanTempDirsAfterEach, tempDir } from '../support/temp';

cleanTempDirsAfterEach();

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** `npm run exchange -- …` as a user runs it (tsx on scripts/exchange.ts). */
function exchange(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'exchange.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run exchange', () => {
  it('exports for an office, imports a folder of packages with the same report, refuses an untrusted sender with Indonesian and exit 1', async () => {
    const kelara = await installation('kelara');
    const kabupaten = await installation('kabupaten');
    await seedRakor(kelara.call);
    kelara.core.close();
    kabupaten.core.close();
    const inbox = tempDir();

    // The kabupaten introduces itself with a package for any office; Kelara trusts it by its kode.
    const hello = exchange('export', '--data-dir', kabupaten.dataDir, '--to', 'semua', '--out', inbox);
    expect(hello.status, hello.stderr).toBe(0);
    expect(hello.stdout).toContain('tidak dienkripsi');
    const refused = exchange('import', '--data-dir', kelara.dataDir, inbox);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Bappeda Kabupaten Jeneponto belum dipercaya');
    expect(refused.stderr).toContain(kabupaten.kode);
    const trusted = exchange('import', '--data-dir', kelara.dataDir, inbox, '--trust', kabupaten.kode);
    expect(trusted.status, trusted.stderr).toBe(0);
    expect(trusted.stdout).toContain('Bappeda Kabupaten Jeneponto:');

    // Kelara sends its Rakor, encrypted to the kabupaten; the kabupaten imports the folder.
    const out = tempDir();
    const sent = exchange('export', '--data-dir', kelara.dataDir, '--to', kabupaten.officeId, '--out', out);
    expect(sent.status, sent.stderr).toBe(0);
    expect(sent.stdout).toContain('1 rapat');
    writeFileSync(join(out, '.tmp-setengah.sirakor'), 'still being written');
    const verified = exchange('verify', '--data-dir', kabupaten.dataDir, out);
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(`Kode verifikasi: ${kelara.kode}`);
    expect(verified.stdout).toContain('belum dipercaya');
    const imported = exchange('import', '--data-dir', kabupaten.dataDir, out, '--trust', kelara.kode);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Kantor Camat Kelara: 1 rapat baru, \d+ komitmen baru/);
    const again = exchange('import', '--data-dir', kabupaten.dataDir, out);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('sudah diterima');

    // A damaged package: refused with the reader's Indonesian message.
    const [name] = readdirSync(out).filter((each) => each.endsWith('.sirakor') && !each.startsWith('.'));
    const broken = join(tempDir(), 'rusak.sirakor');
    writeFileSync(broken, readFileSync(join(out, name as string)).subarray(0, 300));
    const bad = exchange('verify', '--data-dir', kabupaten.dataDir, broken);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('rusak.sirakor: Paket rusak atau terpotong');
    expect(name).toMatch(/^kantor-camat-kelara-untuk-bappeda/);
    const usage = exchange('import', kabupaten.dataDir);
    expect(usage.status).toBe(2);
    // Eleven runs of the command, each starting tsx and the core.
  }, 240_000);
});
