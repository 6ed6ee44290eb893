//! `cargo run -p playground`: serves the book on 127.0.0.1 and runs the
//! snippets the learner edits in it, compiled against this workspace's
//! crates on the learner's own machine.
//!
//! The pages it serves carry a token (`<meta name="nnbook-run-token">`)
//! that `book/playground.js` sends with each run; see `server.rs` for who
//! may ask, and `runner.rs` for how a snippet is compiled and run.

mod blocks;
mod book;
mod runner;
mod server;
mod snippet;

use clap::Parser;
use runner::{Limits, Runner};
use server::Site;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Serve the book at http://127.0.0.1:PORT/ with a Run button on its
/// snippets, compiled against this workspace's crates. Ctrl-C stops it.
#[derive(Parser)]
#[command(name = "playground")]
struct Options {
    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 3000)]
    port: u16,
    /// Open the book in your browser.
    #[arg(long)]
    open: bool,
    /// Only build the book, English and Japanese (book/book, book/book/ja), and exit.
    #[arg(long)]
    build: bool,
    /// The mdBook directory (with book.toml, src/ and the built book/).
    #[arg(long, hide = true)]
    book_root: Option<PathBuf>,
    /// Seconds a program may run.
    #[arg(long, hide = true, default_value_t = 10.0)]
    run_timeout: f64,
    /// Seconds a compile may take.
    #[arg(long, hide = true, default_value_t = 120.0)]
    compile_timeout: f64,
    /// Runs that may wait while one compiles or runs.
    #[arg(long, hide = true, default_value_t = 2)]
    queue: usize,
}

fn main() -> ExitCode {
    let options = Options::parse();
    match serve(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn serve(options: &Options) -> Result<(), String> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let workspace = workspace.canonicalize().map_err(|error| {
        format!(
            "cannot find the workspace at {}: {error}",
            workspace.display()
        )
    })?;
    let root = options
        .book_root
        .clone()
        .unwrap_or_else(|| workspace.join("book"));
    let seconds = |value: f64, what: &str| {
        Duration::try_from_secs_f64(value)
            .map_err(|_| format!("--{what} must be a number of seconds, not {value}"))
    };
    let limits = Limits {
        compile: seconds(options.compile_timeout, "compile-timeout")?,
        run: seconds(options.run_timeout, "run-timeout")?,
        output: 256 * 1024,
        queue: options.queue,
    };

    if options.build {
        return book::build(&root);
    }
    let book = book::prepare(&root)?;
    let book = book
        .canonicalize()
        .map_err(|error| format!("cannot open the built book {}: {error}", book.display()))?;
    // Loopback only: the server runs code for whoever may ask.
    let listener = TcpListener::bind(("127.0.0.1", options.port)).map_err(|error| {
        format!(
            "cannot listen on 127.0.0.1:{}: {error} (--port 0 picks a free port)",
            options.port
        )
    })?;
    let port = listener
        .local_addr()
        .map_err(|error| format!("the server has no address: {error}"))?
        .port();
    let runner = Arc::new(
        Runner::new(&workspace, limits)
            .map_err(|error| format!("cannot set up the scratch project: {error}"))?,
    );

    let site = Arc::new(Site {
        book,
        src: root.join("src"),
        port,
        token: random_hex(32).map_err(|error| format!("no random token: {error}"))?,
        runner: Arc::clone(&runner),
    });

    let stopping = Arc::new(AtomicBool::new(false));
    {
        let stopping = Arc::clone(&stopping);
        ctrlc::set_handler(move || {
            stopping.store(true, Ordering::SeqCst);
            // Wake the accept loop, which then sees `stopping`.
            let _ = TcpStream::connect(("127.0.0.1", port));
        })
        .map_err(|error| format!("cannot catch Ctrl-C: {error}"))?;
    }

    let url = format!("http://127.0.0.1:{port}/");
    println!("The book, with runnable snippets (Ctrl-C stops the server):");
    println!("{url}");
    if options.open
        && let Err(error) = opener::open(&url)
    {
        eprintln!("could not open a browser ({error}): open {url} yourself");
    }

    {
        let runner = Arc::clone(&runner);
        let stopping = Arc::clone(&stopping);
        std::thread::spawn(move || {
            eprintln!(
                "building the workspace's crates for snippets, once (the first Run waits for it) ..."
            );
            let result = runner.warm_up();
            // Stopped mid-build by Ctrl-C: not a failure worth reporting.
            if stopping.load(Ordering::SeqCst) {
                return;
            }
            match result {
                Ok(()) => eprintln!("ready: a Run now takes about a second"),
                Err(message) => {
                    eprintln!("warning: building the crates for snippets failed:\n{message}")
                }
            }
        });
    }

    for stream in listener.incoming() {
        if stopping.load(Ordering::SeqCst) {
            break;
        }
        // A connection that failed before it was accepted: the next one.
        let Ok(stream) = stream else { continue };
        let site = Arc::clone(&site);
        std::thread::spawn(move || site.handle(stream));
    }
    runner.shut_down();
    if stopping.load(Ordering::SeqCst) {
        eprintln!("stopped");
    }
    Ok(())
}

/// `bytes` random bytes from the operating system, as hex.
fn random_hex(bytes: usize) -> std::io::Result<String> {
    let mut buffer = vec![0; bytes];
    getrandom::fill(&mut buffer).map_err(|error| std::io::Error::other(error.to_string()))?;
    Ok(buffer.iter().map(|byte| format!("{byte:02x}")).collect())
}
