//! The HTTP side: who may ask (Host, Origin, token), the book's files, and
//! `POST /api/run`.
//!
//! The server runs code by design, so it answers only the learner's own
//! browser: it listens on 127.0.0.1, refuses any `Host` but its own (a DNS
//! rebinding page names its own host), refuses a run from any other origin,
//! and requires the token it put in the pages it served.

use crate::blocks;
use crate::runner::{Busy, Outcome, Runner};
use serde::Deserialize;
use std::io::{Cursor, Read};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use tiny_http::{Header, Method, Request, Response, StatusCode};

/// A run request's body may not be larger.
pub(crate) const MAX_BODY: usize = 64 * 1024;

pub(crate) struct Site {
    /// The built book, canonical (symlinks resolved).
    pub(crate) book: PathBuf,
    /// The book's Markdown sources, for the blocks of each page.
    pub(crate) src: PathBuf,
    pub(crate) port: u16,
    pub(crate) token: String,
    pub(crate) runner: Arc<Runner>,
}

#[derive(Deserialize)]
struct RunRequest {
    code: String,
}

type Reply = Response<Cursor<Vec<u8>>>;

impl Site {
    pub(crate) fn handle(&self, mut request: Request) {
        let reply = self.reply(&mut request);
        // The browser may have gone: nothing to tell it then.
        let _ = request.respond(reply);
    }

    fn reply(&self, request: &mut Request) -> Reply {
        if !self.own_host(header(request, "Host")) {
            return text(
                403,
                "refused: this server answers only to 127.0.0.1 or localhost at its own port\n",
            );
        }
        let path = request
            .url()
            .split(['?', '#'])
            .next()
            .unwrap_or("/")
            .to_owned();
        if path == "/api/run" {
            return self.run(request);
        }
        if !matches!(request.method(), Method::Get | Method::Head) {
            return text(405, "only GET and HEAD here; runs are POST /api/run\n");
        }
        self.file(&path)
    }

    /// `Host: 127.0.0.1:PORT` or `localhost:PORT`, exactly.
    fn own_host(&self, host: Option<&str>) -> bool {
        host.is_some_and(|host| {
            let host = host.to_ascii_lowercase();
            host == format!("127.0.0.1:{}", self.port) || host == format!("localhost:{}", self.port)
        })
    }

    fn run(&self, request: &mut Request) -> Reply {
        if *request.method() != Method::Post {
            return refusal(405, "runs are POST /api/run");
        }
        let origin = header(request, "Origin").map(str::to_ascii_lowercase);
        let own = [
            format!("http://127.0.0.1:{}", self.port),
            format!("http://localhost:{}", self.port),
        ];
        if !origin.is_some_and(|origin| own.contains(&origin)) {
            return refusal(
                403,
                "refused: runs are accepted only from the book's own pages (wrong Origin)",
            );
        }
        let token = header(request, "X-Run-Token").unwrap_or_default();
        if !same(token.as_bytes(), self.token.as_bytes()) {
            return refusal(
                403,
                "refused: missing or wrong run token; reload the page (the token changes each time the playground starts)",
            );
        }
        if request
            .body_length()
            .is_some_and(|length| length > MAX_BODY)
        {
            return too_large();
        }
        let mut body = Vec::new();
        let read = request
            .as_reader()
            .take(MAX_BODY as u64 + 1)
            .read_to_end(&mut body);
        if read.is_err() {
            return refusal(400, "could not read the request's body");
        }
        if body.len() > MAX_BODY {
            return too_large();
        }
        let Ok(RunRequest { code }) = serde_json::from_slice(&body) else {
            return refusal(400, r#"the body must be JSON: {"code": "..."}"#);
        };
        match self.runner.run(&code) {
            Ok(outcome) => json(200, &outcome),
            Err(Busy) => refusal(
                503,
                "the playground is busy with other runs; wait for them to finish and press Run again",
            ),
        }
    }

    /// A file of the built book; HTML pages get the token and their blocks.
    fn file(&self, url_path: &str) -> Reply {
        let Some(relative) = safe_relative(url_path) else {
            return text(404, "not found\n");
        };
        let mut path = self.book.join(&relative);
        if path.is_dir() {
            path.push("index.html");
        }
        // Resolved, it must still be inside the book: no symlink out.
        let Ok(path) = path.canonicalize() else {
            return text(404, "not found\n");
        };
        if !path.starts_with(&self.book) || !path.is_file() {
            return text(404, "not found\n");
        }
        let Ok(bytes) = std::fs::read(&path) else {
            return text(404, "not found\n");
        };
        let extension = path
            .extension()
            .and_then(|extension| extension.to_str())
            .unwrap_or_default();
        if extension == "html" {
            let page = String::from_utf8_lossy(&bytes);
            let html = self.inject(&page, &path);
            return with_headers(
                Response::from_data(html.into_bytes()),
                200,
                "text/html; charset=utf-8",
            );
        }
        with_headers(Response::from_data(bytes), 200, content_type(extension))
    }

    /// Adds the run token and the page's blocks to the page's `<head>`.
    fn inject(&self, page: &str, path: &Path) -> String {
        let mut head = format!(
            "<meta name=\"nnbook-run-token\" content=\"{}\">\n",
            self.token
        );
        if let Some(markdown) = self.source_of(path)
            && let Ok(json) = serde_json::to_string(&blocks::rust_blocks(&markdown))
        {
            // `</` would end the script element early.
            let json = json.replace("</", "<\\/");
            head.push_str(&format!(
                "<script type=\"application/json\" id=\"nnbook-blocks\">{json}</script>\n"
            ));
        }
        match page.find("</head>") {
            Some(at) => format!("{}{head}{}", &page[..at], &page[at..]),
            None => format!("{head}{page}"),
        }
    }

    /// The Markdown a page was built from: `ch03.html` from `src/ch03.md`;
    /// `index.html` is mdBook's copy of the first chapter.
    fn source_of(&self, page: &Path) -> Option<String> {
        let relative = page.strip_prefix(&self.book).ok()?.with_extension("md");
        let source = self.src.join(&relative);
        if let Ok(markdown) = std::fs::read_to_string(&source) {
            return Some(markdown);
        }
        if relative == Path::new("index.md") {
            let summary = std::fs::read_to_string(self.src.join("SUMMARY.md")).ok()?;
            let first = summary.split("](").nth(1)?.split(')').next()?;
            return std::fs::read_to_string(self.src.join(first)).ok();
        }
        None
    }
}

/// The URL's path as a relative path of plain names: `..`, `.`, a
/// backslash, a NUL or bad percent-encoding make it `None`.
fn safe_relative(url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let mut relative = PathBuf::new();
    for segment in decoded.split('/').filter(|segment| !segment.is_empty()) {
        if segment.contains(['\\', '\0', ':']) {
            return None;
        }
        let mut components = Path::new(segment).components();
        match (components.next(), components.next()) {
            (Some(Component::Normal(name)), None) => relative.push(name),
            _ => return None,
        }
    }
    Some(relative)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' {
            let hex = std::str::from_utf8(bytes.get(at + 1..at + 3)?).ok()?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            at += 3;
        } else {
            decoded.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

fn content_type(extension: &str) -> &'static str {
    match extension {
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request
        .headers()
        .iter()
        .find(|header| header.field.as_str().as_str().eq_ignore_ascii_case(name))
        .map(|header| header.value.as_str())
}

/// Equal, in a time that does not depend on where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0, |diff, (x, y)| diff | (x ^ y)) == 0
}

fn with_headers(response: Reply, status: u16, content_type: &str) -> Reply {
    let headers = [
        ("Content-Type", content_type),
        ("X-Content-Type-Options", "nosniff"),
        // Pages carry this start's token: never reuse one from a cache.
        ("Cache-Control", "no-store"),
        // The pages load nothing from another site, and the browser holds
        // them to it.
        (
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'",
        ),
    ];
    // Always a Content-Length, never chunked: simpler for every client.
    let mut response = response
        .with_status_code(StatusCode(status))
        .with_chunked_threshold(usize::MAX);
    for (name, value) in headers {
        if let Ok(header) = Header::from_bytes(name, value) {
            response.add_header(header);
        }
    }
    response
}

fn text(status: u16, message: &str) -> Reply {
    with_headers(
        Response::from_data(message.as_bytes().to_vec()),
        status,
        "text/plain; charset=utf-8",
    )
}

fn json(status: u16, outcome: &Outcome) -> Reply {
    let body = serde_json::to_vec(outcome).unwrap_or_default();
    with_headers(Response::from_data(body), status, "application/json")
}

/// A refused run, in the shape of an answer so the page can show why.
fn refusal(status: u16, message: &str) -> Reply {
    json(
        status,
        &Outcome {
            ok: false,
            stdout: String::new(),
            stderr: format!("{message}\n"),
            stage: "refused",
        },
    )
}

fn too_large() -> Reply {
    refusal(
        413,
        &format!("refused: a snippet may be at most {} KiB", MAX_BODY / 1024),
    )
}
