import { chromium } from 'playwright-core';
import { flatJpeg, twoColourPng, withOrientation } from './tests/node/support/test-images';
const url = process.argv[2] as string;
const token = url.split('token=')[1] as string; const origin = url.split('/?')[0];
const api = async (method: string, input: unknown) => { const r = await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sirakor-token': token }, body: JSON.stringify(input) }); const j = (await r.json()) as { ok: boolean; value: any; error: unknown }; if (!j.ok) throw new Error(JSON.stringify(j.error)); return j.value; };
const held = ((await api('meetings.list', {})).items as { id: string; status: string }[]).find((m) => m.status === 'held')!;
const existing = await api('meetingFiles.list', { meetingId: held.id });
if (existing.length === 0) {
  const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
  const a = await api('meetingFiles.upload', { meetingId: held.id, name: 'Arahan.png', dataBase64: b64(twoColourPng(800, 500, [230, 159, 0], [0, 114, 178])), caption: 'Camat Rumbia membuka rapat' });
  await api('meetingFiles.upload', { meetingId: held.id, name: 'Peserta.jpg', dataBase64: b64(withOrientation(flatJpeg(640, 400, [0, 158, 115]), 6)) });
  await api('meetingFiles.upload', { meetingId: held.id, name: 'Paparan pengukuran balita.pdf', dataBase64: b64(Buffer.from('%PDF-1.4\n%%EOF\n')) });
  await api('meetingFiles.update', { id: a.id, caption: 'Camat Rumbia membuka rapat', agendaItemId: null, inAnnex: true });
}
for (const [w, h] of [[1366, 768], [1024, 640]] as const) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: w, height: h }, locale: 'id-ID' });
  await page.goto(`${url}#/rapat/${held.id}/pelaksanaan`);
  await page.getByTestId('meeting-files').scrollIntoViewIfNeeded();
  await page.waitForTimeout(2000);
  await page.screenshot({ path: `/tmp/i12/shots/files-${w}.png` });
  await browser.close();
}
