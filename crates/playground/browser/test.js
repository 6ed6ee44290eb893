// The playground in a real browser: headless Chromium (the system's),
// driven by playwright-core. Run by .ci/run:
//
//   node crates/playground/browser/test.js PLAYGROUND_BINARY BOOK_DIR
//
// with playwright-core installed by `npm ci` in target/browser-test
// (NODE_PATH points there). It starts the playground, edits and runs a
// snippet, breaks it and reads the compiler's error, resets it, serves a
// static copy of the book to check the offline message, and fails if any
// request left 127.0.0.1.
'use strict';

const { chromium } = require('playwright-core');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const [binary, bookDir] = process.argv.slice(2);
if (!binary || !bookDir) {
  console.error('usage: node test.js PLAYGROUND_BINARY BOOK_DIR');
  process.exit(2);
}
const CHAPTER = 'ch03-sigmoid.html';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

// Starts the playground on a free port; resolves to its address.
function startPlayground() {
  const child = spawn(binary, ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise(function (resolve, reject) {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', function (line) {
      if (/^http:\/\/127\.0\.0\.1:\d+\/$/.test(line)) {
        resolve({ child, url: line });
      }
    });
    child.on('exit', function (code) { reject(new Error('playground exited with ' + code)); });
  });
}

// A static copy of the built book, as any web server would serve it.
function startStatic(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = http.createServer(function (request, response) {
    const file = path.join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise(function (resolve) {
    server.listen(0, '127.0.0.1', function () {
      resolve({ server, url: 'http://127.0.0.1:' + server.address().port + '/' });
    });
  });
}

// The English book's pages (relative paths), leaving out the translation
// under ja/, mdBook's 404 page and toc.html (the table of contents that
// browsers without JavaScript show in a frame): neither is a page of the book.
function htmlPages(root, relative) {
  const pages = [];
  for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
    const name = relative ? relative + '/' + entry.name : entry.name;
    if (entry.isDirectory() && name !== 'ja') {
      pages.push(...htmlPages(root, name));
    } else if (entry.isFile() && name.endsWith('.html') && !['404.html', 'toc.html'].includes(name)) {
      pages.push(name);
    }
  }
  return pages.sort();
}

async function main() {
  const { child, url } = await startPlayground();
  const copy = await startStatic(path.resolve(bookDir));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nnbook-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Every request any page makes, to check where they went.
  const requests = [];
  const errors = [];
  context.on('request', function (request) { requests.push(request.url()); });
  try {
    const page = await context.newPage();
    page.on('pageerror', function (error) { errors.push(String(error)); });
    page.setDefaultTimeout(30000);

    // Served by the playground: editors, Run and Reset.
    await page.goto(url + CHAPTER);
    const runButtons = page.locator('.nnbook-run-button');
    await runButtons.first().waitFor();
    const blocks = JSON.parse(await page.locator('#nnbook-blocks').textContent());
    const runnable = blocks.filter(function (block) { return block.kind === 'run'; }).length;
    check(await runButtons.count() === runnable, 'one Run button per runnable snippet');
    check(await page.locator('.ace_editor').count() === runnable, 'one editor per runnable snippet');

    const editor = page.locator('.ace_editor').first();
    const bar = page.locator('.nnbook-run').first();
    const output = page.locator('.nnbook-output').first();
    const original = await page.evaluate(function () { return window.editors[0].getValue(); });

    // Types `text` on a new line at the end of the first editor, as a
    // reader would: a click, then keys. Ace takes the focus a moment after
    // the click, and keys pressed before that go nowhere, so wait for it.
    const typeAtEnd = async function (text) {
      await editor.click();
      await page.waitForFunction(function () { return window.editors[0].isFocused(); });
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText(text);
      const value = await page.evaluate(function () { return window.editors[0].getValue(); });
      check(value.includes(text), 'the editor holds what was typed: ' + value);
    };

    // Edit: a line at the end, typed into the editor.
    await typeAtEnd('println!("sigmoid(0) = {}", activations::sigmoid(0.0_f64));');
    let started = Date.now();
    await bar.locator('.nnbook-run-button').click();
    check((await output.textContent()).startsWith('compiling'), 'Run says compiling…');
    await page.waitForFunction(function () {
      const out = document.querySelector('.nnbook-output');
      return out && out.dataset.state !== 'running';
    }, null, { timeout: 15 * 60 * 1000 });
    const first = Date.now() - started;
    const text = await output.textContent();
    check(await output.getAttribute('data-state') === 'ok', 'the edited snippet runs: ' + text);
    check(text.includes('sigmoid(0) = 0.5'), 'the output is shown: ' + text);

    // Warm: another edit.
    await page.evaluate(function () {
      const editor = window.editors[0];
      editor.setValue(editor.getValue().replace('activations::sigmoid(0.0_f64)', 'activations::sigmoid(2.0_f64)'));
    });
    started = Date.now();
    await bar.locator('.nnbook-run-button').click();
    await page.waitForFunction(function () {
      return document.querySelector('.nnbook-output').dataset.state !== 'running';
    });
    const warm = Date.now() - started;
    const second = await output.textContent();
    check(second.includes('sigmoid(0) = 0.8807970779778823'), 'the second edit runs: ' + second);

    // Broken: the compiler's error, at the line the editor shows.
    await typeAtEnd('let broken: u8 = 1.5;');
    const line = await page.evaluate(function () { return window.editors[0].session.getLength(); });
    await bar.locator('.nnbook-run-button').click();
    await page.waitForFunction(function () {
      return document.querySelector('.nnbook-output').dataset.state !== 'running';
    });
    const error = await output.textContent();
    check(await output.getAttribute('data-state') === 'compile-error', 'a broken edit does not compile: ' + error);
    check(error.includes('error[E0308]'), 'the compiler error is shown: ' + error);
    check(error.includes('--> snippet:' + line + ':'), 'the error names the editor line ' + line + ': ' + error);

    // Reset puts the book's snippet back.
    await bar.locator('.nnbook-reset-button').click();
    check(await page.evaluate(function () { return window.editors[0].getValue(); }) === original, 'Reset restores the snippet');

    // A compile_fail block says so and has no button.
    await page.goto(url + 'ch07-types-and-tests.html');
    await page.locator('.nnbook-run-note').first().waitFor();
    const notes = await page.locator('.nnbook-run-note').allTextContents();
    check(notes.some(function (note) { return note.includes('does not compile, on purpose'); }), 'compile_fail says so: ' + notes);
    check(await page.locator('pre:has(code.compile_fail) + .nnbook-run').count() === 0, 'compile_fail has no Run button');

    // The language switch: on every page, a link to the same page in the
    // other edition (English at the root, Japanese under ja/), and back.
    const pages = htmlPages(path.resolve(bookDir), '');
    check(pages.length > 20, 'the book has its pages: ' + pages.length);
    for (const name of ['', ...pages]) {
      const english = url + name;
      const japanese = url + 'ja/' + (name || 'index.html');
      await page.goto(english);
      const switchOf = function () {
        return page.locator('#language-switch').getAttribute('href', { timeout: 5000 }).catch(function () { return null; });
      };
      const there = await switchOf();
      check(there !== null, english + ' has no language switch');
      check(new URL(there, english).href === japanese, name + ': the switch leads to ' + there);
      const response = await page.goto(japanese);
      check(response.status() === 200, japanese + ' answers ' + response.status());
      check(await page.evaluate(function () { return document.documentElement.lang; }) === 'ja', japanese + ' is Japanese');
      const back = await switchOf();
      check(back !== null, japanese + ' has no language switch');
      check(new URL(back, japanese).href === url + (name || 'index.html'), 'ja/' + name + ': the switch leads back to ' + back);
    }
    // A Japanese page runs its snippets too, and says so in Japanese.
    await page.goto(url + 'ja/' + CHAPTER);
    await page.locator('.nnbook-run-button').first().click();
    const japaneseOutput = page.locator('.nnbook-output').first();
    await page.waitForFunction(function () {
      const out = document.querySelector('.nnbook-output');
      return out && out.dataset.state !== 'running';
    }, null, { timeout: 150000 });
    check(await japaneseOutput.getAttribute('data-state') === 'ok', 'a Japanese page runs a snippet: ' + await japaneseOutput.textContent());
    check(await page.locator('.nnbook-run-button').first().textContent() === '実行', 'the Japanese page says 実行');

    // Any other way of opening the book: the button names the command.
    await page.goto(copy.url + CHAPTER);
    await page.locator('.nnbook-run-button').first().click();
    const offline = await page.locator('.nnbook-output').first().textContent();
    check(offline.includes('cargo run -p playground'), 'the static copy says how to run: ' + offline);
    check(await page.locator('.ace_editor').count() === 0, 'no editor without the playground');
    await page.goto('file://' + path.resolve(bookDir, CHAPTER));
    await page.locator('.nnbook-run-button').first().click();
    check((await page.locator('.nnbook-output').first().textContent()).includes('cargo run -p playground'), 'file:// says how to run');

    const away = requests.filter(function (address) {
      return !/^(http:\/\/127\.0\.0\.1:\d+\/|file:\/\/|data:|blob:|about:)/.test(address);
    });
    check(away.length === 0, 'requests left 127.0.0.1: ' + away.join(', '));
    check(errors.length === 0, 'errors in the page: ' + errors.join('; '));
    console.log('browser test: ' + requests.length + ' requests, all to 127.0.0.1 or file://');
    console.log('browser test: first run ' + (first / 1000).toFixed(1) + ' s, warm run ' + (warm / 1000).toFixed(1) + ' s');
  } finally {
    await context.close();
    copy.server.close();
    child.kill('SIGINT');
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  function () { console.log('browser test: ok'); },
  function (error) { console.error('browser test failed: ' + error.message); process.exit(1); },
);
