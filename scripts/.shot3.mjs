import { chromium } from 'playwright';
const [,, url, out, width, scheme, selector] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: +width, height: 800 }, colorScheme: scheme });
await p.goto(url); await p.waitForTimeout(800);
if (selector) await p.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
await p.waitForTimeout(200);
await p.screenshot({ path: out });
await b.close();
