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
    // The text block is not a rust block.
    assert_eq!(kinds, ["run", "listing", "compile_fail"]);
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

/// Every page of the real book pairs its `code.language-rust` elements
/// with its source's `rust` blocks one to one (book/playground.js relies
/// on it). The book is built first if needed, as `cargo run -p playground`
/// does.
#[test]
fn every_page_of_the_book_pairs_its_blocks() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../book");
    let server = Server::start(std::path::Path::new(root), &[]);
    let mut pages = Vec::new();
    collect(&std::path::Path::new(root).join("src"), &mut pages);
    assert!(pages.len() > 10, "{pages:?}");
    let mut runnable = 0;
    for page in pages {
        let relative = page
            .strip_prefix(format!("{root}/src"))
            .unwrap()
            .with_extension("html");
        if relative.as_os_str() == "SUMMARY.html" {
            continue;
        }
        let response = server.get(&format!("/{}", relative.display()));
        assert_eq!(response.status, 200, "{}", relative.display());
        let blocks = blocks(&response.body);
        let elements = response.body.matches("<code class=\"language-rust").count();
        assert_eq!(
            blocks.as_array().unwrap().len(),
            elements,
            "{}",
            relative.display()
        );
        runnable += blocks
            .as_array()
            .unwrap()
            .iter()
            .filter(|block| block["kind"] == "run")
            .count();
    }
    assert!(runnable > 20, "only {runnable} runnable snippets");
}

fn collect(dir: &std::path::Path, pages: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, pages);
        } else if path.extension().is_some_and(|extension| extension == "md") {
            pages.push(path);
        }
    }
}
