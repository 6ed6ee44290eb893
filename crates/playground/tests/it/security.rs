//! Every refusal, asked for with a real request; each next to the request
//! that succeeds, so the refusal is the only difference.

use crate::support::{Server, fixture_book, scratch_dir, send};
use std::net::TcpStream;

#[test]
fn listens_on_127_0_0_1_only() {
    let server = Server::start(&fixture_book(), &[]);
    assert!(TcpStream::connect(("127.0.0.1", server.port)).is_ok());
    // Another loopback address reaches this machine too (on Linux), but
    // not a socket bound to 127.0.0.1: one bound to 0.0.0.0 would answer.
    assert!(
        TcpStream::connect(("127.0.0.2", server.port)).is_err(),
        "the server answers on 127.0.0.2: it is not bound to 127.0.0.1 alone"
    );
}

#[test]
fn refuses_a_foreign_host() {
    let server = Server::start(&fixture_book(), &[]);
    let port = server.port;
    let ask = |host: &str| {
        server
            .send(&format!(
                "GET / HTTP/1.1\r\n{host}Connection: close\r\n\r\n"
            ))
            .status
    };
    assert_eq!(ask(&format!("Host: 127.0.0.1:{port}\r\n")), 200);
    assert_eq!(ask(&format!("Host: localhost:{port}\r\n")), 200);
    // A DNS-rebinding page sends its own name, at our port.
    assert_eq!(ask(&format!("Host: attacker.example:{port}\r\n")), 403);
    assert_eq!(
        ask(&format!("Host: 127.0.0.1:{}\r\n", port.wrapping_add(1))),
        403
    );
    assert_eq!(ask("Host: 127.0.0.1\r\n"), 403);
    assert_eq!(ask(""), 403);
    let refused = server.send(&format!(
        "GET / HTTP/1.1\r\nHost: attacker.example:{port}\r\nConnection: close\r\n\r\n"
    ));
    assert!(
        refused.body.contains("127.0.0.1 or localhost"),
        "{refused:?}"
    );
}

/// A snippet that leaves a mark on the disk if it is ever run.
fn marking_snippet(mark: &std::path::Path) -> String {
    serde_json::json!({ "code": format!("std::fs::write({:?}, \"ran\").unwrap();", mark) })
        .to_string()
}

#[test]
fn runs_nothing_without_the_right_origin_and_token() {
    let server = Server::start(&fixture_book(), &[]);
    let port = server.port;
    let mark = scratch_dir("mark").join("ran.txt");
    let body = marking_snippet(&mark);
    let host = format!("Host: 127.0.0.1:{port}");
    let origin = format!("Origin: http://127.0.0.1:{port}");
    let token = format!("X-Run-Token: {}", server.token());

    let refusals = [
        // Another site's page in the same browser.
        (
            vec![
                host.clone(),
                "Origin: https://attacker.example".into(),
                token.clone(),
            ],
            "Origin",
        ),
        (
            vec![host.clone(), "Origin: null".into(), token.clone()],
            "Origin",
        ),
        (
            vec![
                host.clone(),
                format!("Origin: http://127.0.0.1:{}", port.wrapping_add(1)),
                token.clone(),
            ],
            "Origin",
        ),
        (vec![host.clone(), token.clone()], "Origin"),
        // No token, a wrong one, or another start's.
        (vec![host.clone(), origin.clone()], "token"),
        (
            vec![host.clone(), origin.clone(), "X-Run-Token: 0000".into()],
            "token",
        ),
        (
            vec![
                host.clone(),
                origin.clone(),
                format!("X-Run-Token: {}", "0".repeat(64)),
            ],
            "token",
        ),
        // A right origin and token, but a foreign Host.
        (
            vec![
                format!("Host: attacker.example:{port}"),
                origin.clone(),
                token.clone(),
            ],
            "localhost",
        ),
    ];
    for (headers, why) in refusals {
        let response = server.post_run(&headers, &body);
        assert_eq!(response.status, 403, "{headers:?}: {response:?}");
        assert!(response.body.contains(why), "{headers:?}: {response:?}");
    }
    assert!(!mark.exists(), "a refused request ran its snippet");

    // The same request with everything right runs: the mark appears.
    let response = server.post_run(&[host, origin, token], &body);
    assert_eq!(response.status, 200, "{response:?}");
    assert!(mark.exists(), "{response:?}");
}

#[test]
fn each_start_draws_a_new_token() {
    let book = fixture_book();
    let first = Server::start(&book, &[]);
    let second = Server::start(&book, &[]);
    let token = first.token();
    assert_ne!(token, second.token());
    assert!(token.bytes().all(|byte| byte.is_ascii_hexdigit()));
    let headers = [
        format!("Host: 127.0.0.1:{}", second.port),
        format!("Origin: http://127.0.0.1:{}", second.port),
        format!("X-Run-Token: {token}"),
    ];
    assert_eq!(second.post_run(&headers, r#"{"code": ""}"#).status, 403);
}

#[test]
fn refuses_a_body_over_64_kib() {
    let server = Server::start(&fixture_book(), &[]);
    let headers = server.good_headers();
    let code = format!("// {}\n", "x".repeat(64 * 1024));
    let body = serde_json::json!({ "code": code }).to_string();
    let response = server.post_run(&headers, &body);
    assert_eq!(response.status, 413, "{response:?}");
    assert!(response.body.contains("64 KiB"), "{response:?}");

    // Without a Content-Length (chunked), it is refused before any is read.
    let mut raw = format!(
        "POST /api/run HTTP/1.1\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n{}\r\n\r\n",
        headers.join("\r\n")
    );
    raw.push_str(&format!("{:x}\r\n{body}\r\n0\r\n\r\n", body.len()));
    let response = server.send(&raw);
    assert_eq!(response.status, 411, "{response:?}");
    assert!(response.body.contains("Content-Length"), "{response:?}");

    // Just under the limit is read (and then refused only as bad JSON).
    let response = server.post_run(&headers, &" ".repeat(64 * 1024));
    assert_eq!(response.status, 400, "{response:?}");
}

#[test]
fn refuses_other_methods_and_bad_json() {
    let server = Server::start(&fixture_book(), &[]);
    let port = server.port;
    let response = server.get("/api/run");
    assert_eq!(response.status, 405, "{response:?}");
    let response = server.send(&format!(
        "PUT /index.html HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
    ));
    assert_eq!(response.status, 405, "{response:?}");
    let response = server.post_run(&server.good_headers(), "print this");
    assert_eq!(response.status, 400, "{response:?}");
}

#[test]
fn serves_the_book_and_nothing_else() {
    let server = Server::start(&fixture_book(), &[]);
    let page = server.get("/sub/page.html");
    assert_eq!(page.status, 200, "{page:?}");
    assert!(page.body.contains("page"));
    let css = server.get("/style.css");
    assert_eq!(css.status, 200);
    assert!(css.head.contains("text/css"), "{css:?}");

    // Out of the book by `..`, raw or percent-encoded, or by a symlink.
    for path in [
        "/../secret.txt",
        "/sub/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/sub/%2E%2E/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/..%5csecret.txt",
        "/link.txt",
    ] {
        let response = server.get(path);
        assert_eq!(response.status, 404, "{path}: {response:?}");
        assert!(!response.body.contains("outside the book"), "{path}");
    }
    // A directory without index.html is not listed.
    let listing = server.get("/sub/");
    assert_eq!(listing.status, 404, "{listing:?}");
    assert!(!listing.body.contains("page.html"));
    // ...and one with index.html serves it.
    assert_eq!(server.get("/").status, 200);
    assert_eq!(server.get("/nothing-here.html").status, 404);
}

#[test]
fn a_full_queue_answers_503() {
    let server = Server::start(&fixture_book(), &["--queue", "0"]);
    let port = server.port;
    let headers = server.good_headers();
    let slow = serde_json::json!({ "code": "println!(\"slow\"); std::thread::sleep(std::time::Duration::from_secs(4));" }).to_string();
    let busy = std::thread::scope(|scope| {
        let first = scope.spawn(|| {
            let mut raw = format!(
                "POST /api/run HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n{}\r\n\r\n",
                slow.len(),
                headers.join("\r\n")
            );
            raw.push_str(&slow);
            send(port, raw.as_bytes())
        });
        // Let the first one in (it waits for the crates, or compiles, or sleeps).
        std::thread::sleep(std::time::Duration::from_millis(500));
        let second = server.post_run(&headers, r#"{"code": "println!(\"fast\");"}"#);
        (first.join().unwrap(), second)
    });
    let (first, second) = busy;
    assert_eq!(first.status, 200, "{first:?}");
    assert!(first.body.contains("slow"), "{first:?}");
    assert_eq!(second.status, 503, "{second:?}");
    assert!(second.body.contains("busy"), "{second:?}");
    // Once the first is done, the queue takes runs again.
    assert_eq!(server.run("println!(\"fast\");")["stdout"], "fast\n");
}
