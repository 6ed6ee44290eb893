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
use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// A run request's body may not be larger.
pub(crate) const MAX_BODY: usize = 64 * 1024;
/// Nor may a request's line and headers.
const MAX_HEAD: usize = 16 * 1024;

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

/// A request's line and headers, parsed by httparse.
struct Head {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    /// The bytes read past the head: the body's start.
    rest: Vec<u8>,
}

impl Head {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(field, _)| field.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// An answer: its status, content type and body.
pub(crate) struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
}

impl Site {
    /// Answers the one request on `stream`, then closes it. One request per
    /// connection keeps the server simple: no keep-alive bookkeeping.
    pub(crate) fn handle(&self, mut stream: TcpStream) {
        // A client that stops sending does not hold a thread for long.
        let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
        let (reply, head_only) = match read_head(&mut stream) {
            Ok(head) => (self.reply(&head, &mut stream), head.method == "HEAD"),
            Err(reply) => (reply, false),
        };
        // The browser may have gone: nothing to tell it then.
        let _ = write_reply(&mut stream, &reply, head_only);
        // Closing with a refused body still unread would reset the
        // connection, and the client could lose the answer: read (and
        // drop) what it still sends, for a little while.
        let _ = stream.shutdown(Shutdown::Write);
        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
        let _ = std::io::copy(
            &mut (&mut stream).take(4 * MAX_BODY as u64),
            &mut std::io::sink(),
        );
    }

    fn reply(&self, head: &Head, stream: &mut TcpStream) -> Reply {
        if !self.own_host(head.header("Host")) {
            return text(
                403,
                "refused: this server answers only to 127.0.0.1 or localhost at its own port\n",
            );
        }
        let path = head.path.split(['?', '#']).next().unwrap_or("/");
        if path == "/api/run" {
            return self.run(head, stream);
        }
        if !matches!(head.method.as_str(), "GET" | "HEAD") {
            return text(405, "only GET and HEAD here; runs are POST /api/run\n");
        }
        self.file(path)
    }

    /// `Host: 127.0.0.1:PORT` or `localhost:PORT`, exactly.
    fn own_host(&self, host: Option<&str>) -> bool {
        host.is_some_and(|host| {
            let host = host.to_ascii_lowercase();
            host == format!("127.0.0.1:{}", self.port) || host == format!("localhost:{}", self.port)
        })
    }

    fn run(&self, head: &Head, stream: &mut TcpStream) -> Reply {
        if head.method != "POST" {
            return refusal(405, "runs are POST /api/run");
        }
        let origin = head.header("Origin").map(str::to_ascii_lowercase);
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
        let token = head.header("X-Run-Token").unwrap_or_default();
        if !same(token.as_bytes(), self.token.as_bytes()) {
            return refusal(
                403,
                "refused: missing or wrong run token; reload the page (the token changes each time the playground starts)",
            );
        }
        let body = match read_body(head, stream) {
            Ok(body) => body,
            Err(reply) => return reply,
        };
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
            return Reply {
                status: 200,
                content_type: "text/html; charset=utf-8",
                body: html.into_bytes(),
            };
        }
        Reply {
            status: 200,
            content_type: content_type(extension),
            body: bytes,
        }
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
    /// `index.html` is mdBook's copy of the first chapter. A translated page
    /// (`ja/ch03.html`) has the same code blocks as the English one.
    fn source_of(&self, page: &Path) -> Option<String> {
        let page = page.strip_prefix(&self.book).ok()?;
        let page = crate::book::TRANSLATIONS
            .iter()
            .find_map(|language| page.strip_prefix(language).ok())
            .unwrap_or(page);
        let mut relative = page.with_extension("md");
        if !self.src.join(&relative).is_file() && relative == Path::new("index.md") {
            let summary = std::fs::read_to_string(self.src.join("SUMMARY.md")).ok()?;
            relative = PathBuf::from(summary.split("](").nth(1)?.split(')').next()?);
        }
        let source = self.src.join(&relative);
        let markdown = std::fs::read_to_string(&source).ok()?;
        let dir = source.parent().unwrap_or(&self.src);
        Some(blocks::expand_includes(&markdown, dir, 0))
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

/// Reads up to the blank line after the headers, and parses them.
fn read_head(stream: &mut TcpStream) -> Result<Head, Reply> {
    let mut buffer = Vec::new();
    let mut chunk = [0; 4096];
    loop {
        let read = stream
            .read(&mut chunk)
            .map_err(|_| text(400, "could not read the request\n"))?;
        if read == 0 {
            return Err(text(400, "the request ended early\n"));
        }
        buffer.extend_from_slice(&chunk[..read]);
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut request = httparse::Request::new(&mut headers);
        match request.parse(&buffer) {
            Ok(httparse::Status::Complete(length)) => {
                return Ok(Head {
                    method: request.method.unwrap_or_default().to_owned(),
                    path: request.path.unwrap_or("/").to_owned(),
                    headers: request
                        .headers
                        .iter()
                        .map(|header| {
                            let value = String::from_utf8_lossy(header.value).into_owned();
                            (header.name.to_owned(), value)
                        })
                        .collect(),
                    rest: buffer[length..].to_vec(),
                });
            }
            Ok(httparse::Status::Partial) if buffer.len() <= MAX_HEAD => {}
            Ok(httparse::Status::Partial) | Err(httparse::Error::TooManyHeaders) => {
                return Err(text(431, "the request's headers are too large\n"));
            }
            Err(_) => return Err(text(400, "not an HTTP request\n")),
        }
    }
}

/// The body, as long as its Content-Length says and at most [`MAX_BODY`].
fn read_body(head: &Head, stream: &mut TcpStream) -> Result<Vec<u8>, Reply> {
    if head.header("Transfer-Encoding").is_some() {
        return Err(refusal(411, "send the snippet with a Content-Length"));
    }
    let length: usize = match head.header("Content-Length") {
        Some(length) => length
            .trim()
            .parse()
            .map_err(|_| refusal(400, "the Content-Length is not a number"))?,
        None => return Err(refusal(411, "send the snippet with a Content-Length")),
    };
    if length > MAX_BODY {
        return Err(refusal(
            413,
            &format!("refused: a snippet may be at most {} KiB", MAX_BODY / 1024),
        ));
    }
    let mut body = head.rest.clone();
    body.truncate(length);
    let missing = length - body.len();
    stream
        .take(missing as u64)
        .read_to_end(&mut body)
        .map_err(|_| refusal(400, "could not read the request's body"))?;
    if body.len() < length {
        return Err(refusal(400, "the body is shorter than its Content-Length"));
    }
    Ok(body)
}

fn write_reply(stream: &mut TcpStream, reply: &Reply, head_only: bool) -> std::io::Result<()> {
    let reason = match reply.status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        411 => "Length Required",
        413 => "Content Too Large",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    };
    let head = format!(
        "HTTP/1.1 {} {reason}\r\n\
         Content-Type: {}\r\n\
         Content-Length: {}\r\n\
         Connection: close\r\n\
         X-Content-Type-Options: nosniff\r\n\
         Cache-Control: no-store\r\n\
         Content-Security-Policy: {CSP}\r\n\r\n",
        reply.status,
        reply.content_type,
        reply.body.len(),
    );
    stream.write_all(head.as_bytes())?;
    if !head_only {
        stream.write_all(&reply.body)?;
    }
    stream.flush()
}

/// The pages load nothing from another site, and the browser holds them to it.
/// (Pages carry this start's token: `Cache-Control: no-store` above keeps
/// an old one out of caches.)
const CSP: &str = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'";

/// Equal, in a time that does not depend on where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0, |diff, (x, y)| diff | (x ^ y)) == 0
}

fn text(status: u16, message: &str) -> Reply {
    Reply {
        status,
        content_type: "text/plain; charset=utf-8",
        body: message.as_bytes().to_vec(),
    }
}

fn json(status: u16, outcome: &Outcome) -> Reply {
    Reply {
        status,
        content_type: "application/json",
        body: serde_json::to_vec(outcome).unwrap_or_default(),
    }
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
