//! The pages as served: the token and each page's blocks, the book built
//! when needed, and the one line said when mdBook is missing.

use crate::support::{Server, fixture_book, scratch_dir};
use serde_json::Value;
use std::process::Command;

/// The JSON the server put in a page for `book/playground.js`.
fn blocks(page: &str) -> Value {
    let start = page
        .find("<script type=\"application/json\" id=\"nnbook-blocks\">")
        .unwrap();
    let json = &page[start..];
    let json = &json[json.find('>').unwrap() + 1..json.find("</script>").unwrap()];
    serde_json::from_str(json).unwrap()
}

#[test]
fn pages_carry_the_token_and_their_blocks() {
    let server = Server::start(&fixture_book(), &[]);
    let page = server.get("/chapter.html");
    assert_eq!(page.status, 200);
    let token = server.token();
    assert!(page.body.contains(&format!(
        "<meta name=\"nnbook-run-token\" content=\"{token}\">"
    )));
    assert!(page.head.contains("Cache-Control: no-store"), "{page:?}");
    let blocks = blocks(&page.body);
    let kinds: Vec<&str> = blocks
        .as_array()
        .unwrap()
        .iter()
        .map(|block| block["kind"].as_str().unwrap())
        .collect();
    // The text block is not a rust block; the included page's block is.
    assert_eq!(kinds, ["run", "listing", "compile_fail", "ignore"]);
    assert_eq!(blocks[0]["code"], "# let x = 1;\nprintln!(\"{x}\");\n");
    assert_eq!(blocks[1]["code"], "");
    // index.html is mdBook's copy of the first chapter.
    assert_eq!(self::blocks(&server.get("/").body), blocks);
}

#[test]
fn without_mdbook_it_says_how_to_install_it() {
    let root = scratch_dir("unbuilt");
    std::fs::write(root.join("book.toml"), "[book]\n").unwrap();
    std::fs::create_dir_all(root.join("src")).unwrap();
    std::fs::write(root.join("src/SUMMARY.md"), "# Summary\n").unwrap();
    let empty = scratch_dir("no-tools");
    let output = Command::new(env!("CARGO_BIN_EXE_playground"))
        .args(["--port", "0", "--book-root"])
        .arg(&root)
        .env("PATH", &empty)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("cargo install --locked --version 0.5.3 mdbook"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty(), "it served something: {output:?}");
}

#[test]
fn a_stale_book_is_rebuilt_first() {
    // The sources are newer than the output: the server must build, and
    // without mdBook it cannot: it says so instead of serving a stale book.
    let root = fixture_book();
    std::thread::sleep(std::time::Duration::from_millis(50));
    std::fs::write(root.join("src/chapter.md"), "# Changed\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_playground"))
        .args(["--port", "0", "--book-root"])
        .arg(&root)
        .env("PATH", scratch_dir("no-tools"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("mdbook 0.5.3 is needed"), "{stderr}");
}

/// A book with a translation needs mdbook-gettext too, and says so when it
/// is missing (here mdbook and mdbook-katex are stand-ins that only know
/// their versions).
#[cfg(unix)]
#[test]
fn a_translation_needs_mdbook_gettext() {
    use std::os::unix::fs::PermissionsExt;
    let root = fixture_book();
    std::fs::create_dir_all(root.join("po")).unwrap();
    std::fs::write(root.join("po/ja.po"), "").unwrap();
    let tools = scratch_dir("only-mdbook");
    for (tool, version) in [("mdbook", "v0.5.3"), ("mdbook-katex", "v0.10.0")] {
        let path = tools.join(tool);
        std::fs::write(&path, format!("#!/bin/sh\necho '{tool} {version}'\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let output = Command::new(env!("CARGO_BIN_EXE_playground"))
        .args(["--build", "--book-root"])
        .arg(&root)
        .env("PATH", &tools)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("mdbook-gettext"), "{stderr}");
    assert!(
        stderr.contains("cargo install --locked --version 0.4.0 mdbook-i18n-helpers"),
        "{stderr}"
    );
}

/// Every page of the real book pairs its `code.language-rust` elements
/// with its source's `rust` blocks one to one (book/playground.js relies
/// on it). The book is built first if needed, as `cargo run -p playground`
/// does.
#[test]
fn every_page_of_the_book_pairs_its_blocks() {
    let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../book"));
    let server = Server::start(root, &[]);
    let mut pages = Vec::new();
    collect(&root.join("book"), &mut pages);
    let (mut chapters, mut runnable) = (0, 0);
    for page in pages {
        let relative = page.strip_prefix(root.join("book")).unwrap();
        let response = server.get(&format!("/{}", relative.display()));
        assert_eq!(response.status, 200, "{}", relative.display());
        let elements = response.body.matches("<code class=\"language-rust").count();
        if !response.body.contains("id=\"nnbook-blocks\"") {
            // mdBook's own pages (print.html, 404.html, toc.html) have no
            // source of their own, and the script gives them no Run button.
            // The Japanese edition (ja/) has its own copies of them.
            let name = relative.file_name().unwrap().to_string_lossy();
            assert!(
                ["print.html", "404.html", "toc.html"].contains(&name.as_ref()),
                "{} has no blocks",
                relative.display()
            );
            continue;
        }
        let blocks = blocks(&response.body);
        let blocks = blocks.as_array().unwrap();
        assert_eq!(blocks.len(), elements, "{}", relative.display());
        chapters += 1;
        runnable += blocks.iter().filter(|block| block["kind"] == "run").count();
    }
    assert!(chapters > 10, "only {chapters} chapters");
    assert!(runnable >= 10, "only {runnable} runnable snippets");
}

fn collect(dir: &std::path::Path, pages: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, pages);
        } else if path
            .extension()
            .is_some_and(|extension| extension == "html")
        {
            pages.push(path);
        }
    }
}
