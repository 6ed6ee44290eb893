// Run and Reset buttons for the book's Rust snippets.
//
// Served by `cargo run -p playground` (crates/playground), a page carries
// <meta name="nnbook-run-token"> and, in #nnbook-blocks, each `rust`
// block's kind and source as written (hidden `# ` lines included). Each
// runnable snippet becomes an editor (mdBook's bundled Ace); Run posts it
// to the server that served the page, which compiles it against the
// workspace's crates. Opened any other way, the button says how to start
// that server. Nothing here asks another site for anything.
(function () {
  'use strict';

  const COMMAND = 'cargo run -p playground';
  // The page's language: the Japanese edition (book/book/ja) says it in Japanese.
  const TEXT = {
    en: {
      run: 'Run',
      runTitle: 'Compile and run this snippet (Ctrl-Enter)',
      reset: 'Reset',
      resetTitle: 'Put the snippet back as the book wrote it',
      offline: ['Run works when the book is served by the playground: in the workspace, run ',
        ' and open the address it prints.'],
      stale: 'To run this snippet, open it from its own chapter; if you edited the book, restart ' + COMMAND + '.',
      compileFail: 'This snippet does not compile, on purpose: there is nothing to run.',
      notRun: 'This snippet is not meant to be run.',
      hidden: 'Lines starting with # are hidden on the page, but compiled.',
      compiling: 'compiling…',
      firstCompile: 'compiling… (the first run after the playground starts waits for the ' +
        "workspace's crates to be built once: this can take a minute or two)",
      noAnswer: 'The playground did not answer: is ' + COMMAND + ' still running? ',
      notCompiled: "It does not compile (line numbers are the editor's):\n",
      noOutput: '(no output)',
      silentFailure: '(failed, without a message)',
    },
    ja: {
      run: '実行',
      runTitle: 'このコードをコンパイルして実行します (Ctrl-Enter)',
      reset: 'リセット',
      resetTitle: '本に書かれたとおりのコードに戻します',
      offline: ['実行ボタンは、本をplaygroundから開いたときに使えます。ワークスペースで ',
        ' を実行し、表示されたアドレスを開いてください。'],
      stale: 'このコードを実行するには、その章のページを開いてください。本を編集した場合は ' + COMMAND + ' を起動し直してください。',
      compileFail: 'このコードはわざとコンパイルできないようにしてあるので、実行するものはありません。',
      notRun: 'このコードは実行するためのものではありません。',
      hidden: '# で始まる行はページには表示されませんが、コンパイルされます。',
      compiling: 'コンパイル中…',
      firstCompile: 'コンパイル中…（playgroundを起動して最初の実行では、ワークスペースのクレートを一度だけ' +
        'ビルドするので、1〜2分かかることがあります）',
      noAnswer: 'playgroundから応答がありません。' + COMMAND + ' は動いていますか？ ',
      notCompiled: 'コンパイルできません（行番号はエディタの行です）:\n',
      noOutput: '（出力なし）',
      silentFailure: '（メッセージなしで失敗しました）',
    },
  }[document.documentElement.lang === 'ja' ? 'ja' : 'en'];
  const codes = Array.from(document.querySelectorAll('main pre > code.language-rust'));
  if (codes.length === 0) {
    return;
  }
  const tokenMeta = document.querySelector('meta[name="nnbook-run-token"]');

  // Opened from the disk, by `mdbook serve` or from a static host.
  if (!tokenMeta) {
    codes.filter(looksRunnable).forEach(function (code) {
      const bar = toolbar(code.parentElement);
      const output = bar.output;
      button(bar, 'run', TEXT.run, TEXT.runTitle, function () {
        output.hidden = false;
        output.dataset.state = 'offline';
        output.textContent = '';
        output.append(TEXT.offline[0]);
        const command = document.createElement('code');
        command.textContent = COMMAND;
        output.append(command, TEXT.offline[1]);
      });
    });
    codes.filter(function (code) { return !looksRunnable(code); }).forEach(sayNotRun);
    return;
  }

  const token = tokenMeta.content;
  let blocks = null;
  const data = document.getElementById('nnbook-blocks');
  try {
    blocks = data ? JSON.parse(data.textContent) : null;
  } catch (error) {
    blocks = null;
  }
  // The page was built from other sources than the server read (edited
  // since): pairing blocks by position would run the wrong code.
  if (!blocks || blocks.length !== codes.length) {
    codes.filter(looksRunnable).forEach(function (code) {
      note(code.parentElement, TEXT.stale);
    });
    return;
  }

  codes.forEach(function (code, index) {
    const block = blocks[index];
    if (block.kind === 'run') {
      runnable(code, block.code.replace(/\n$/, ''));
    } else if (block.kind !== 'listing') {
      sayNotRun(code);
    }
    // A listing is code from a crate, compiled and tested there: no button.
  });

  function looksRunnable(code) {
    return !['compile_fail', 'ignore', 'no_run'].some(function (kind) {
      return code.classList.contains(kind);
    });
  }

  function sayNotRun(code) {
    const text = code.classList.contains('compile_fail') ? TEXT.compileFail : TEXT.notRun;
    note(code.parentElement, text);
  }

  function note(pre, text) {
    const paragraph = document.createElement('p');
    paragraph.className = 'nnbook-run-note';
    paragraph.textContent = text;
    pre.after(paragraph);
  }

  function toolbar(pre) {
    const bar = document.createElement('div');
    bar.className = 'nnbook-run';
    const output = document.createElement('pre');
    output.className = 'nnbook-output';
    output.hidden = true;
    pre.after(bar, output);
    bar.output = output;
    return bar;
  }

  function button(bar, name, label, title, onClick) {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.title = title;
    element.className = 'nnbook-' + name + '-button';
    element.addEventListener('click', onClick);
    bar.append(element);
    return element;
  }

  function runnable(code, original) {
    const pre = code.parentElement;
    code.textContent = original;
    let editor = null;
    if (window.ace) {
      // mdBook's copy button reads an `editable` block from its editor.
      code.classList.add('editable');
      // highlight.js styled it already; the editor colours it from now on.
      code.classList.remove('hljs');
      editor = window.ace.edit(code);
      editor.setOptions({
        highlightActiveLine: false,
        showPrintMargin: false,
        showLineNumbers: true,
        showGutter: true,
        maxLines: Infinity,
        fontSize: '0.875em',
      });
      editor.$blockScrolling = Infinity;
      editor.getSession().setMode('ace/mode/rust');
      const dark = ['coal', 'navy', 'ayu'].some(function (theme) {
        return document.documentElement.classList.contains(theme);
      });
      editor.setTheme(dark ? 'ace/theme/tomorrow_night' : 'ace/theme/dawn');
      editor.originalCode = original;
      // book.js changes the theme of the editors it finds here.
      window.editors = window.editors || [];
      window.editors.push(editor);
    }
    const source = function () { return editor ? editor.getValue() : code.textContent; };

    const bar = toolbar(pre);
    const output = bar.output;
    const run = button(bar, 'run', TEXT.run, TEXT.runTitle, function () {
      execute(source(), run, output);
    });
    button(bar, 'reset', TEXT.reset, TEXT.resetTitle, function () {
      if (editor) {
        editor.setValue(original);
        editor.clearSelection();
      } else {
        code.textContent = original;
      }
      output.hidden = true;
      output.textContent = '';
    });
    if (/^\s*#( |$)/m.test(original)) {
      const hint = document.createElement('span');
      hint.className = 'nnbook-run-hint';
      hint.textContent = TEXT.hidden;
      bar.append(hint);
    }
    if (editor) {
      editor.commands.addCommand({
        name: 'nnbookRun',
        bindKey: { win: 'Ctrl-Enter', mac: 'Ctrl-Enter|Cmd-Enter' },
        exec: function () { execute(source(), run, output); },
      });
    }
  }

  async function execute(source, runButton, output) {
    runButton.disabled = true;
    output.hidden = false;
    output.dataset.state = 'running';
    output.textContent = TEXT.compiling;
    // Only the first run after the server starts builds the crates.
    const slow = setTimeout(function () {
      output.textContent = TEXT.firstCompile;
    }, 3000);
    try {
      const response = await fetch('/api/run', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Run-Token': token },
        body: JSON.stringify({ code: source }),
      });
      show(output, await response.json());
    } catch (error) {
      output.dataset.state = 'error';
      output.textContent = TEXT.noAnswer + '(' + error + ')';
    } finally {
      clearTimeout(slow);
      runButton.disabled = false;
    }
  }

  function show(output, result) {
    output.textContent = '';
    output.dataset.state = result.ok ? 'ok' : (result.stage === 'compile' ? 'compile-error' : 'error');
    if (result.stage === 'compile' && !result.ok) {
      const title = document.createElement('strong');
      title.textContent = TEXT.notCompiled;
      output.append(title);
    }
    if (result.stdout) {
      const stdout = document.createElement('span');
      stdout.className = 'nnbook-stdout';
      stdout.textContent = result.stdout;
      output.append(stdout);
    }
    if (result.stderr) {
      const stderr = document.createElement('span');
      stderr.className = 'nnbook-stderr';
      stderr.textContent = result.stderr;
      output.append(stderr);
    }
    if (!result.stdout && !result.stderr) {
      output.append(result.ok ? TEXT.noOutput : TEXT.silentFailure);
    }
  }
})();
