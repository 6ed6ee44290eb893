//! Snippets compiled as `cargo test` compiles the book's, and run within
//! their limits.

use crate::support::{Server, fixture_book};

#[test]
fn runs_a_snippet_against_the_workspace_crates() {
    let server = Server::start(&fixture_book(), &[]);
    let answer = server.run(
        "use activations::sigmoid;\nuse nalgebra::dvector;\nprintln!(\"{}\", sigmoid(0.0_f64));\nnumpy_print::print_vec(&mut std::io::stderr(), \"x\", &dvector![1.0, 2.5]).unwrap();\napprox::assert_relative_eq!(1.0, 1.0);\n",
    );
    assert_eq!(answer["ok"], true, "{answer}");
    assert_eq!(answer["stdout"], "0.5\n", "{answer}");
    assert_eq!(
        answer["stderr"], "*** x ***\n[1.  2.5]\nshape: (2,)\n\n",
        "{answer}"
    );
}

#[test]
fn wraps_snippets_as_rustdoc_does() {
    let server = Server::start(&fixture_book(), &[]);
    // Hidden lines are compiled; an inner attribute is lifted out of main.
    let answer =
        server.run("#![allow(clippy::all)]\n# let hidden = 2;\nprintln!(\"{}\", hidden * 21);\n");
    assert_eq!(answer["stdout"], "42\n", "{answer}");
    // `?` in a snippet that ends with Ok::<(), E>(()).
    let answer = server.run(
        "let n: i32 = \"7\".parse()?;\nprintln!(\"{n}\");\nOk::<(), std::num::ParseIntError>(())\n",
    );
    assert_eq!(answer["stdout"], "7\n", "{answer}");
    // ...and its error, as rustdoc's `_inner().unwrap()` reports it.
    let answer = server.run(
        "let n: i32 = \"x\".parse()?;\nprintln!(\"{n}\");\nOk::<(), std::num::ParseIntError>(())\n",
    );
    assert_eq!(answer["ok"], false, "{answer}");
    assert!(
        answer["stderr"].as_str().unwrap().contains("InvalidDigit"),
        "{answer}"
    );
    // A program with its own main is left as it is.
    let answer = server.run("fn main() {\n    println!(\"own main\");\n}\n");
    assert_eq!(answer["stdout"], "own main\n", "{answer}");
}

#[test]
fn compiler_errors_name_the_editors_lines() {
    let server = Server::start(&fixture_book(), &[]);
    // Line 3 of the editor (the hidden line counts: the editor shows it).
    let answer =
        server.run("# use activations::sigmoid;\nlet x = sigmoid(1.0_f64);\nlet y: u8 = x;\n");
    assert_eq!(answer["ok"], false, "{answer}");
    assert_eq!(answer["stage"], "compile", "{answer}");
    let stderr = answer["stderr"].as_str().unwrap();
    assert!(stderr.contains("error[E0308]"), "{stderr}");
    assert!(stderr.contains("--> snippet:3:"), "{stderr}");
    assert!(stderr.contains("\n3 | let y: u8 = x;"), "{stderr}");
    assert!(!stderr.contains("src/main.rs"), "{stderr}");
    // A note quoting a crate's source keeps that file's line numbers.
    let answer = server.run("\nlet y = numpy_print::print_vec(1);\n");
    let stderr = answer["stderr"].as_str().unwrap();
    assert!(stderr.contains("--> snippet:2:9"), "{stderr}");
    assert!(
        stderr.contains("2 | let y = numpy_print::print_vec(1);"),
        "{stderr}"
    );
    // ...and the help that follows it is about the snippet again.
    assert!(
        stderr.contains("2 + let y = numpy_print::print_vec("),
        "{stderr}"
    );
    let source = include_str!("../../../numpy-print/src/lib.rs");
    let line = 1 + source
        .lines()
        .position(|line| line.starts_with("pub fn print_vec"))
        .expect("numpy-print defines print_vec");
    assert!(
        stderr.contains(&format!("numpy-print/src/lib.rs:{line}:8")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{line} | pub fn print_vec")),
        "{stderr}"
    );
    assert!(!stderr.contains("Compiling"), "{stderr}");
}

#[test]
fn a_panic_is_shown_with_its_message() {
    let server = Server::start(&fixture_book(), &[]);
    let answer = server.run("println!(\"before\");\npanic!(\"on purpose\");\n");
    assert_eq!(answer["ok"], false, "{answer}");
    assert_eq!(answer["stdout"], "before\n", "{answer}");
    let stderr = answer["stderr"].as_str().unwrap();
    assert!(stderr.contains("on purpose"), "{stderr}");
    assert!(stderr.contains("exit status: 101"), "{stderr}");
}

#[test]
fn a_program_is_stopped_after_its_time() {
    let server = Server::start(&fixture_book(), &["--run-timeout", "1"]);
    let answer = server.run("println!(\"started\");\nloop { std::hint::spin_loop(); }\n");
    assert_eq!(answer["ok"], false, "{answer}");
    assert_eq!(answer["stdout"], "started\n", "{answer}");
    assert!(
        answer["stderr"]
            .as_str()
            .unwrap()
            .contains("ran longer than 1 s and was stopped"),
        "{answer}"
    );
    // A program within its time is not stopped.
    let answer = server
        .run("std::thread::sleep(std::time::Duration::from_millis(200));\nprintln!(\"done\");\n");
    assert_eq!(answer["ok"], true, "{answer}");
}

#[test]
fn a_compile_is_stopped_after_its_time() {
    let book = fixture_book();
    let server = Server::start(&book, &["--compile-timeout", "0.001"]);
    let answer = server.run("println!(\"never\");\n");
    assert_eq!(answer["ok"], false, "{answer}");
    assert!(
        answer["stderr"]
            .as_str()
            .unwrap()
            .contains("compiling took longer than 0.001 s and was stopped"),
        "{answer}"
    );
}

#[test]
fn output_is_cut_off_at_256_kib() {
    let server = Server::start(&fixture_book(), &[]);
    let answer =
        server.run("let line = \"x\".repeat(1023);\nfor _ in 0..1024 { println!(\"{line}\"); }\n");
    assert_eq!(answer["ok"], false, "{answer:.200}");
    assert_eq!(answer["stdout"].as_str().unwrap().len(), 256 * 1024);
    assert!(
        answer["stderr"]
            .as_str()
            .unwrap()
            .contains("output cut off at 256 KiB"),
        "{answer:.200}"
    );
    // Just under the cap is kept whole.
    let answer =
        server.run("let line = \"x\".repeat(1023);\nfor _ in 0..255 { println!(\"{line}\"); }\n");
    assert_eq!(answer["ok"], true);
    assert_eq!(answer["stdout"].as_str().unwrap().len(), 255 * 1024);
}

#[test]
fn a_run_sees_no_file_of_another() {
    let server = Server::start(&fixture_book(), &[]);
    let write = "std::fs::write(\"left-behind.txt\", \"secret\").unwrap();\nprintln!(\"{}\", std::env::current_dir().unwrap().display());\n";
    let answer = server.run(write);
    assert_eq!(answer["ok"], true, "{answer}");
    let first_dir = answer["stdout"].as_str().unwrap().trim().to_owned();
    let answer = server.run(
        "println!(\"{}\", std::path::Path::new(\"left-behind.txt\").exists());\nprintln!(\"{}\", std::fs::read_dir(\".\").unwrap().count());\n",
    );
    assert_eq!(answer["stdout"], "false\n0\n", "{answer}");
    assert!(
        !std::path::Path::new(&first_dir).exists(),
        "{first_dir} was left behind"
    );
}

#[test]
fn ctrl_c_stops_it_cleanly() {
    let server = Server::start(&fixture_book(), &[]);
    // Stopped in the middle of a run: the program is killed with it.
    let mark = crate::support::scratch_dir("ctrl-c").join("still-running.txt");
    let port = server.port;
    let headers = server.good_headers();
    let code = format!(
        "std::thread::sleep(std::time::Duration::from_secs(3));\nstd::fs::write({mark:?}, \"\").unwrap();\n"
    );
    let body = serde_json::json!({ "code": code }).to_string();
    let run = std::thread::spawn(move || {
        let mut raw = format!(
            "POST /api/run HTTP/1.1\r\nContent-Length: {}\r\n{}\r\n\r\n",
            body.len(),
            headers.join("\r\n")
        );
        raw.push_str(&body);
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        std::io::Write::write_all(&mut stream, raw.as_bytes()).unwrap();
        let _ = std::io::Read::read_to_end(&mut stream, &mut Vec::new());
    });
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let (status, stderr) = server.interrupt();
    assert!(status.success(), "{status}: {stderr}");
    assert!(stderr.trim_end().ends_with("stopped"), "{stderr}");
    run.join().unwrap();
    std::thread::sleep(std::time::Duration::from_secs(3));
    assert!(!mark.exists(), "the program kept running after Ctrl-C");
}
