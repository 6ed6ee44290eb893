//! Starting a playground on a fixture book, and raw HTTP requests to it.

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh directory under the system's temporary directory.
pub(crate) fn scratch_dir(name: &str) -> PathBuf {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "playground-test-{}-{}-{name}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The chapter of the fixture book: three `rust` blocks (a snippet, a
/// listing, a `compile_fail`) and a `text` block.
pub(crate) const CHAPTER: &str = "# Chapter\n\n```rust\n# let x = 1;\nprintln!(\"{x}\");\n```\n\n```rust\n{{#include ../../src/lib.rs:anchor}}\n```\n\n```rust,compile_fail\nlet x: u8 = 256;\n```\n\n```text\nnot code\n```\n\n{{#include exercises/chapter.md}}\n";

/// A built book: sources first, then the output (newer, so not rebuilt),
/// and a file outside the output that a symlink inside points to.
pub(crate) fn fixture_book() -> PathBuf {
    let root = scratch_dir("book");
    std::fs::write(root.join("book.toml"), "[book]\ntitle = \"fixture\"\n").unwrap();
    std::fs::create_dir_all(root.join("src")).unwrap();
    std::fs::write(
        root.join("src/SUMMARY.md"),
        "# Summary\n\n- [Chapter](chapter.md)\n",
    )
    .unwrap();
    std::fs::write(root.join("src/chapter.md"), CHAPTER).unwrap();
    // Included whole, as the chapters include their exercises.
    std::fs::create_dir_all(root.join("src/exercises")).unwrap();
    std::fs::write(
        root.join("src/exercises/chapter.md"),
        "## Exercises\n\n```rust,ignore\nlet later = 1;\n```\n",
    )
    .unwrap();
    std::fs::write(root.join("secret.txt"), "outside the book\n").unwrap();
    let book = root.join("book");
    std::fs::create_dir_all(book.join("sub")).unwrap();
    let page = "<!DOCTYPE html>\n<html><head><title>t</title></head><body><main>page</main></body></html>\n";
    std::fs::write(book.join("index.html"), page).unwrap();
    std::fs::write(book.join("chapter.html"), page).unwrap();
    std::fs::write(book.join("sub/page.html"), page).unwrap();
    std::fs::write(book.join("style.css"), "body {}\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(root.join("secret.txt"), book.join("link.txt")).unwrap();
    root
}

/// A running `playground --port 0`, stopped with Ctrl-C (SIGINT) when dropped.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) port: u16,
    pub(crate) stderr: Option<ChildStderr>,
}

impl Server {
    /// Serves `book_root` (see [`fixture_book`]) with extra options.
    pub(crate) fn start(book_root: &Path, options: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_playground"))
            .args(["--port", "0", "--book-root"])
            .arg(book_root)
            .args(options)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        let port = loop {
            line.clear();
            if stdout.read_line(&mut line).unwrap() == 0 {
                let mut stderr = String::new();
                let _ = child.stderr.take().unwrap().read_to_string(&mut stderr);
                panic!("the playground printed no address: {stderr}");
            }
            // The address is a line of its own.
            if let Some(rest) = line.trim_end().strip_prefix("http://127.0.0.1:") {
                break rest.trim_end_matches('/').parse().unwrap();
            }
        };
        let stderr = child.stderr.take();
        Server {
            child,
            port,
            stderr,
        }
    }

    /// `GET path` as the learner's browser sends it.
    pub(crate) fn get(&self, path: &str) -> Response {
        self.send(&format!(
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
            self.port
        ))
    }

    /// The token in the pages this server serves.
    pub(crate) fn token(&self) -> String {
        let page = self.get("/").body;
        let start = page.find("name=\"nnbook-run-token\" content=\"").unwrap() + 33;
        page[start..start + 64].to_owned()
    }

    /// `POST /api/run` with the given headers (each `Name: value`) and body.
    pub(crate) fn post_run(&self, headers: &[String], body: &str) -> Response {
        let mut request = format!(
            "POST /api/run HTTP/1.1\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        );
        for header in headers {
            request.push_str(header);
            request.push_str("\r\n");
        }
        request.push_str("\r\n");
        request.push_str(body);
        self.send(&request)
    }

    /// The headers the book's page sends with a run.
    pub(crate) fn good_headers(&self) -> Vec<String> {
        vec![
            format!("Host: 127.0.0.1:{}", self.port),
            format!("Origin: http://127.0.0.1:{}", self.port),
            format!("X-Run-Token: {}", self.token()),
        ]
    }

    /// Runs `code` as the page would, and returns the JSON answer.
    pub(crate) fn run(&self, code: &str) -> Value {
        let body = serde_json::json!({ "code": code }).to_string();
        let response = self.post_run(&self.good_headers(), &body);
        assert_eq!(response.status, 200, "{response:?}");
        serde_json::from_str(&response.body).unwrap()
    }

    /// Sends raw bytes and reads the whole answer.
    pub(crate) fn send(&self, raw: &str) -> Response {
        send(self.port, raw.as_bytes())
    }

    /// Ctrl-C, and what the server printed on stderr.
    pub(crate) fn interrupt(mut self) -> (std::process::ExitStatus, String) {
        interrupt(&self.child);
        let status = self.child.wait().unwrap();
        let mut stderr = String::new();
        if let Some(mut pipe) = self.stderr.take() {
            pipe.read_to_string(&mut stderr).unwrap();
        }
        (status, stderr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            interrupt(&self.child);
            let _ = self.child.wait();
        }
    }
}

#[cfg(unix)]
fn interrupt(child: &Child) {
    use nix::sys::signal::{Signal, kill};
    use nix::unistd::Pid;
    kill(
        Pid::from_raw(i32::try_from(child.id()).unwrap()),
        Signal::SIGINT,
    )
    .unwrap();
}

#[cfg(not(unix))]
fn interrupt(child: &Child) {
    let _ = Command::new("taskkill")
        .args(["/PID", &child.id().to_string()])
        .output();
}

#[derive(Debug)]
pub(crate) struct Response {
    pub(crate) status: u16,
    pub(crate) head: String,
    pub(crate) body: String,
}

pub(crate) fn send(port: u16, raw: &[u8]) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.write_all(raw).unwrap();
    let mut answer = Vec::new();
    // The server may close early (a refused body): keep what it sent.
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|status| status.parse().ok())
        .unwrap_or_else(|| panic!("no HTTP answer: {answer:?}"));
    Response {
        status,
        head: head.to_owned(),
        body: body.to_owned(),
    }
}
