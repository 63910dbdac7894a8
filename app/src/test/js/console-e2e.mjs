// Drives the console in a real browser (Debian chromium through playwright-core) as an analyst and
// then an auditor would. Arguments: a JSON object (see ConsoleBrowserTest). Prints one JSON line of
// results; any failed expectation throws, so node exits non-zero.
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

const args = JSON.parse(process.argv[2]);
const require = createRequire(path.join(args.browserDir, 'package.json'));
const { chromium } = require('playwright-core');

const expect = (cond, what) => { if (!cond) throw new Error('expected: ' + what); };
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'daylight-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1360, height: 900 },
});
const results = { dialogs: 0, cspViolations: [], consoleErrors: [] };
try {
  const page = await context.newPage();
  page.on('dialog', async d => { results.dialogs++; await d.dismiss(); });
  page.on('console', m => { if (m.type() === 'error') results.consoleErrors.push(m.text()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective));
  });

  // Sign in as the analyst.
  await page.goto(args.base + '/');
  await page.waitForURL('**/login');
  await page.fill('#name', args.analyst.name);
  await page.fill('#password', args.analyst.password);
  await page.click('#signin');
  await page.waitForSelector('#rows tr');
  await page.screenshot({ path: path.join(args.shots, 'console-queue.png'), fullPage: false });

  // Open the top case.
  const top = page.locator('#rows tr').first().locator('a.subject');
  const subject = await top.textContent();
  await top.click();
  await page.waitForSelector('.finding');
  await page.waitForSelector('svg.map');
  expect((await page.textContent('#subject')) === subject, 'the case page of the top case');
  expect((await page.textContent('#plainSummary')).length > 20, 'a summary in plain words');

  // Follow a finding to its events.
  await page.locator('button.show-events').first().click();
  await page.waitForSelector('table.eventlist tbody tr');
  results.events = await page.locator('table.eventlist tbody tr').count();
  await page.setViewportSize({ width: 1360, height: 1500 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(args.shots, 'console-case.png'), fullPage: false });
  await page.locator('table.eventlist').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(args.shots, 'console-finding-events.png'), fullPage: false });
  await page.setViewportSize({ width: 1360, height: 900 });

  // Decide it, with a reason, and see the decision in the history.
  await page.selectOption('#decision', 'needs_verification');
  await page.fill('#reason', 'RTT floor beaten on most days; ask for a video call from the declared address.');
  await page.click('#decideBtn');
  await page.waitForFunction(() => /Recorded in the audit log as #\d+/.test(document.querySelector('#decideMsg').textContent));
  results.auditId = (await page.textContent('#decideMsg')).match(/#(\d+)/)[1];
  await page.waitForSelector('text=Decision by ' + args.analyst.name + ': needs_verification');

  // The case whose roster name is an HTML payload: found by search, rendered as text.
  // Worker cases are pseudonymous: the name appears only after a re-identification with a reason.
  await page.goto(args.base + '/cases/' + encodeURIComponent(args.xssWorker));
  await page.waitForSelector('#reidentify');
  expect(await page.locator('#person-name').count() === 0, 'no name before re-identification');
  await page.fill('#reidentifyReason', 'verification call booked with HR, ticket HR-31');
  await page.click('#reidentify');
  await page.waitForSelector('#person-name');
  expect(/^w-/.test(await page.textContent('#person-worker_id')), 'the worker id shown after re-identification');
  const shown = await page.textContent('#person-name');
  expect(shown === args.xssName, 'the payload shown as text, got ' + shown);
  expect(await page.locator('#person-name img').count() === 0, 'no img element from the payload');
  expect(await page.locator('img[src="x"]').count() === 0, 'no img element anywhere');

  // Sign out; the auditor sees the analyst's decision in the audit log and verifies the chain.
  await page.goto(args.base + '/');
  await page.click('#signout');
  await page.waitForURL('**/login');
  await page.fill('#name', args.auditor.name);
  await page.fill('#password', args.auditor.password);
  await page.click('#signin');
  await page.waitForSelector('#auditRows tr');
  const auditText = await page.textContent('#auditRows');
  expect(auditText.includes('case.decide') && auditText.includes(args.analyst.name), 'the decision in the audit log');
  expect(auditText.includes('subject.reidentify'), 'the re-identification in the audit log');
  await page.click('#verify');
  await page.waitForFunction(() => document.querySelector('#verifyResult').textContent.startsWith('intact'));
  results.verify = await page.textContent('#verifyResult');
  await page.locator('#auditPanel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(args.shots, 'console-audit.png'), fullPage: false });
  results.subject = subject;
} finally {
  await context.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
expect(results.dialogs === 0, 'no alert dialogs (the payload never ran)');
expect(results.consoleErrors.filter(e => e.includes('CSP')).length === 0, 'no CSP violations: ' + results.consoleErrors);
console.log(JSON.stringify(results));
