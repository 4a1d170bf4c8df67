import { chromium } from 'playwright-core';
const [url, hash, name, w, h, action] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
await page.goto(`${url}${hash}`);
await page.waitForTimeout(2500);
if (action) {
  for (const step of action.split(';;')) {
    const [kind, arg] = step.split('::');
    if (kind === 'click') await page.getByRole('button', { name: arg }).first().click();
    if (kind === 'text') await page.getByText(arg).first().click();
    if (kind === 'tab') await page.getByRole('tab', { name: arg }).first().click();
    if (kind === 'wait') await page.waitForTimeout(Number(arg));
    if (kind === 'file') await page.locator('input[type=file]').first().setInputFiles(arg);
  }
  await page.waitForTimeout(1500);
}
await page.screenshot({ path: `/tmp/i12/shots/${name}.png` });
await browser.close();
