//! Compiles and runs snippets, one at a time, in a scratch cargo project that
//! depends on the workspace's crates by path.
//!
//! The project lives under `target/playground/` with a target directory of
//! its own, shared by every playground started from this workspace: the
//! dependencies are compiled once, and a run never waits on the cargo lock
//! of the learner's own `cargo test`.

use crate::snippet;
use serde::Serialize;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How long and how much a snippet may take.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    pub(crate) compile: Duration,
    pub(crate) run: Duration,
    /// Bytes kept of each of stdout and stderr.
    pub(crate) output: usize,
    /// Runs that may wait while one compiles or runs.
    pub(crate) queue: usize,
}

/// What `POST /api/run` answers.
#[derive(Debug, Serialize)]
pub(crate) struct Outcome {
    pub(crate) ok: bool,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
    /// `compile` or `run`: where it stopped.
    pub(crate) stage: &'static str,
}

/// The queue is full.
#[derive(Debug)]
pub(crate) struct Busy;

pub(crate) struct Runner {
    project: PathBuf,
    target_dir: PathBuf,
    binary: String,
    limits: Limits,
    /// Requests queued or running.
    queued: AtomicUsize,
    /// Held while compiling or running: one snippet at a time.
    slot: Mutex<()>,
    /// Process groups running now, killed when the server stops.
    running: Arc<Mutex<Vec<u32>>>,
    runs: AtomicUsize,
}

/// The scratch project's manifest. The profile follows the workspace's
/// (dependencies optimised, proc-macro crates not), without debug info or
/// incremental caches: a snippet is compiled once and thrown away.
fn manifest(package: &str, workspace: &Path) -> String {
    let crates = workspace.join("crates");
    let path = |name: &str| {
        let path = crates.join(name);
        format!("{:?}", path.to_string_lossy())
    };
    format!(
        r#"# Written by the playground: snippets from the book are compiled here.
[package]
name = "{package}"
version = "0.0.0"
edition = "2024"
publish = false

[[bin]]
name = "{package}"
path = "src/main.rs"

[dependencies]
activations = {{ path = {activations} }}
forward = {{ path = {forward} }}
numpy-print = {{ path = {numpy_print} }}
nalgebra = "0.35"
approx = "0.5"

[workspace]

[profile.dev]
debug = 0
incremental = false

[profile.dev.package."*"]
opt-level = 2
[profile.dev.package.syn]
opt-level = 0
[profile.dev.package.proc-macro2]
opt-level = 0
[profile.dev.package.quote]
opt-level = 0
[profile.dev.package.serde_derive]
opt-level = 0
[profile.dev.package.clap_derive]
opt-level = 0
[profile.dev.package.nalgebra-macros]
opt-level = 0
[profile.dev.package.paste]
opt-level = 0
"#,
        activations = path("activations"),
        forward = path("forward"),
        numpy_print = path("numpy-print"),
    )
}

impl Runner {
    /// A scratch project of its own for this server, in
    /// `<workspace>/target/playground/<package>`.
    pub(crate) fn new(workspace: &Path, limits: Limits) -> io::Result<Runner> {
        let base = workspace.join("target").join("playground");
        let package = format!("snippet_{}", crate::random_hex(4)?);
        let project = base.join(&package);
        std::fs::create_dir_all(project.join("src"))?;
        std::fs::write(project.join("Cargo.toml"), manifest(&package, workspace))?;
        // The workspace's versions of nalgebra and the rest, already built
        // or downloaded for the learner's own `cargo test`.
        std::fs::copy(workspace.join("Cargo.lock"), project.join("Cargo.lock"))?;
        std::fs::write(project.join("src/main.rs"), "fn main() {}\n")?;
        Ok(Runner {
            project,
            target_dir: base.join("target"),
            binary: package,
            limits,
            queued: AtomicUsize::new(0),
            slot: Mutex::new(()),
            running: Arc::new(Mutex::new(Vec::new())),
            runs: AtomicUsize::new(0),
        })
    }

    /// Builds the dependencies (the first time this can take minutes), so
    /// that a learner's first Run only compiles the snippet.
    pub(crate) fn warm_up(&self) -> Result<(), String> {
        let _slot = self
            .slot
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        // Online this once: on a fresh clone, nalgebra may not be downloaded yet.
        let finished = self
            .cargo_build(false, Duration::from_secs(30 * 60))
            .map_err(|error| format!("could not start cargo: {error}"))?;
        if finished.status.is_some_and(|status| status.success()) {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&finished.stderr).into_owned())
        }
    }

    /// Compiles and runs one snippet, or says the queue is full.
    pub(crate) fn run(&self, code: &str) -> Result<Outcome, Busy> {
        if self.queued.fetch_add(1, Ordering::SeqCst) > self.limits.queue {
            self.queued.fetch_sub(1, Ordering::SeqCst);
            return Err(Busy);
        }
        let outcome = {
            let _slot = self
                .slot
                .lock()
                .unwrap_or_else(|poison| poison.into_inner());
            self.compile_and_run(code)
        };
        self.queued.fetch_sub(1, Ordering::SeqCst);
        Ok(outcome.unwrap_or_else(|error| Outcome {
            ok: false,
            stdout: String::new(),
            stderr: format!("the playground could not run the snippet: {error}\n"),
            stage: "compile",
        }))
    }

    fn compile_and_run(&self, code: &str) -> io::Result<Outcome> {
        let binary = self.target_dir.join("debug").join(format!(
            "{}{}",
            self.binary,
            std::env::consts::EXE_SUFFIX
        ));
        // Nothing of the previous run is left for this one to find.
        remove_if_present(&binary)?;
        std::fs::write(self.project.join("src/main.rs"), snippet::wrap(code))?;

        let compiled = self.cargo_build(true, self.limits.compile)?;
        if compiled.timed_out {
            return Ok(Outcome {
                ok: false,
                stdout: String::new(),
                stderr: format!(
                    "{}\nerror: compiling took longer than {} s and was stopped\n",
                    snippet::map_diagnostics(&String::from_utf8_lossy(&compiled.stderr)),
                    self.limits.compile.as_secs_f64()
                ),
                stage: "compile",
            });
        }
        if !compiled.status.is_some_and(|status| status.success()) {
            return Ok(Outcome {
                ok: false,
                stdout: String::new(),
                stderr: snippet::map_diagnostics(&String::from_utf8_lossy(&compiled.stderr)),
                stage: "compile",
            });
        }

        // A fresh, empty working directory per run, removed afterwards.
        let run = self.runs.fetch_add(1, Ordering::SeqCst);
        let workdir = self.project.join(format!("run-{run}"));
        std::fs::create_dir_all(&workdir)?;
        let mut command = Command::new(&binary);
        command.current_dir(&workdir);
        let finished = self.limited(command, self.limits.run);
        let _ = std::fs::remove_dir_all(&workdir);
        remove_if_present(&binary)?;
        let finished = finished?;

        let mut stderr = String::from_utf8_lossy(&finished.stderr).into_owned();
        let limit = self.limits.output / 1024;
        if finished.truncated {
            stderr.push_str(&format!(
                "\n[output cut off at {limit} KiB: the program was stopped]\n"
            ));
        }
        if finished.timed_out {
            stderr.push_str(&format!(
                "\n[the program ran longer than {} s and was stopped]\n",
                self.limits.run.as_secs_f64()
            ));
        } else if let Some(status) = finished.status
            && !status.success()
            && !finished.truncated
        {
            stderr.push_str(&format!("\n[the program ended with {status}]\n"));
        }
        Ok(Outcome {
            ok: !finished.timed_out
                && !finished.truncated
                && finished.status.is_some_and(|status| status.success()),
            stdout: String::from_utf8_lossy(&finished.stdout).into_owned(),
            stderr,
            stage: "run",
        })
    }

    fn cargo_build(&self, offline: bool, limit: Duration) -> io::Result<Finished> {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut command = Command::new(cargo);
        command
            .arg("build")
            .arg("--quiet")
            .arg("--manifest-path")
            .arg(self.project.join("Cargo.toml"))
            .env("CARGO_TARGET_DIR", &self.target_dir)
            .env("CARGO_TERM_COLOR", "never")
            .current_dir(&self.project);
        if offline {
            command.arg("--offline");
        }
        self.limited(command, limit)
    }

    /// Runs `command` with no input, for at most `limit`, keeping at most
    /// `limits.output` bytes of each output stream.
    fn limited(&self, mut command: Command, limit: Duration) -> io::Result<Finished> {
        command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // Its own process group, so that a kill reaches whatever it started
        // (cargo's rustc) and the terminal's Ctrl-C is ours to handle.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut child = command.spawn()?;
        let id = child.id();
        lock(&self.running).push(id);

        let overflow = Arc::new(AtomicBool::new(false));
        let cap = self.limits.output;
        let stdout = child
            .stdout
            .take()
            .map(|pipe| capture(pipe, cap, &overflow));
        let stderr = child
            .stderr
            .take()
            .map(|pipe| capture(pipe, cap, &overflow));

        let start = Instant::now();
        let mut timed_out = false;
        let status = loop {
            if let Some(status) = child.try_wait()? {
                break Some(status);
            }
            if overflow.load(Ordering::SeqCst) {
                kill_group(id);
                let _ = child.wait();
                break None;
            }
            if start.elapsed() > limit {
                timed_out = true;
                kill_group(id);
                let _ = child.wait();
                break None;
            }
            thread::sleep(Duration::from_millis(5));
        };
        // The group may outlive its leader (a program's own children).
        kill_group(id);
        lock(&self.running).retain(|running| *running != id);
        let join = |handle: Option<thread::JoinHandle<Vec<u8>>>| {
            handle
                .and_then(|handle| handle.join().ok())
                .unwrap_or_default()
        };
        Ok(Finished {
            status,
            stdout: join(stdout),
            stderr: join(stderr),
            timed_out,
            truncated: overflow.load(Ordering::SeqCst),
        })
    }

    /// Stops whatever is compiling or running, and removes the scratch
    /// project (the shared target directory stays, for the next start).
    pub(crate) fn shut_down(&self) {
        for id in lock(&self.running).drain(..) {
            kill_group(id);
        }
        let _ = std::fs::remove_dir_all(&self.project);
        let binary = self.target_dir.join("debug").join(format!(
            "{}{}",
            self.binary,
            std::env::consts::EXE_SUFFIX
        ));
        let _ = std::fs::remove_file(binary);
    }
}

/// How a limited command ended: `status` is `None` when it was stopped.
struct Finished {
    status: Option<ExitStatus>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    timed_out: bool,
    truncated: bool,
}

/// Reads a pipe to its end on a thread of its own, keeping the first `cap`
/// bytes; more raises `overflow`.
fn capture(
    mut pipe: impl Read + Send + 'static,
    cap: usize,
    overflow: &Arc<AtomicBool>,
) -> thread::JoinHandle<Vec<u8>> {
    let overflow = Arc::clone(overflow);
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buffer = [0; 8192];
        while let Ok(read) = pipe.read(&mut buffer) {
            if read == 0 {
                break;
            }
            let room = cap.saturating_sub(kept.len());
            kept.extend_from_slice(&buffer[..read.min(room)]);
            if read > room {
                overflow.store(true, Ordering::SeqCst);
            }
        }
        kept
    })
}

#[cfg(unix)]
fn kill_group(id: u32) {
    use nix::sys::signal::{Signal, killpg};
    use nix::unistd::Pid;
    if let Ok(id) = i32::try_from(id) {
        // It may have ended already: nothing to do then.
        let _ = killpg(Pid::from_raw(id), Signal::SIGKILL);
    }
}

#[cfg(not(unix))]
fn kill_group(id: u32) {
    let _ = Command::new("taskkill")
        .args(["/F", "/T", "/PID", &id.to_string()])
        .output();
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poison| poison.into_inner())
}

fn remove_if_present(path: &Path) -> io::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}
