//! The dependency rules of ARCHITECTURE.md, checked against what the
//! manifests declare (`cargo metadata`), so a new `use` of a heavy crate in
//! a teaching crate fails here rather than slowing every learner's build.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

/// Each workspace package's dependencies, split into normal and dev (build
/// dependencies count as normal: they are compiled for every build).
struct Dependencies {
    normal: BTreeSet<String>,
    dev: BTreeSet<String>,
}

fn workspace() -> BTreeMap<String, Dependencies> {
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(output.status.success(), "cargo metadata failed: {output:?}");
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut packages = BTreeMap::new();
    for package in metadata["packages"].as_array().unwrap() {
        let mut dependencies = Dependencies {
            normal: BTreeSet::new(),
            dev: BTreeSet::new(),
        };
        for dependency in package["dependencies"].as_array().unwrap() {
            let name = dependency["name"].as_str().unwrap().to_owned();
            match dependency["kind"].as_str() {
                Some("dev") => dependencies.dev.insert(name),
                _ => dependencies.normal.insert(name),
            };
        }
        let name = package["name"].as_str().unwrap().to_owned();
        packages.insert(name, dependencies);
    }
    packages
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

#[test]
fn teaching_crates_depend_only_on_what_a_learner_reads() {
    let packages = workspace();
    let normal = |name: &str| &packages[name].normal;
    assert_eq!(
        normal("activations"),
        &set(&["nalgebra", "num-traits"]),
        "activations depends only on nalgebra and num-traits"
    );
    assert_eq!(
        normal("numpy-print"),
        &set(&["nalgebra"]),
        "numpy-print depends only on nalgebra"
    );
    // clap, serde and toml serve the demo binary alone (see the next test).
    assert_eq!(
        normal("forward"),
        &set(&[
            "activations",
            "numpy-print",
            "nalgebra",
            "clap",
            "serde",
            "toml"
        ]),
        "forward depends on the teaching crates, nalgebra, and the demo's clap, serde and toml"
    );
}

/// The `forward` library never names the demo's crates: they are used only
/// under `src/bin/`, so the library's docs and code stay about the network.
#[test]
fn the_forward_library_leaves_the_command_line_to_its_binary() {
    let source = concat!(env!("CARGO_MANIFEST_DIR"), "/../crates/forward/src");
    for entry in std::fs::read_dir(source).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|extension| extension == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for word in ["clap", "serde", "toml"] {
                assert!(
                    !text.contains(&format!("{word}::")) && !text.contains(&format!("use {word}")),
                    "{} uses {word}: keep it in src/bin/forward/",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn support_crates_stay_out_of_the_teaching_crates() {
    let packages = workspace();
    let teaching = ["activations", "forward", "numpy-print"];
    // Every other member is support code, present or future.
    let support = packages
        .keys()
        .filter(|name| !teaching.contains(&name.as_str()));
    for helper in support {
        for crate_name in teaching {
            assert!(
                !packages[crate_name].normal.contains(helper),
                "{crate_name} must not depend on {helper}"
            );
        }
    }
    // Test machinery is only ever a dev-dependency.
    for (name, dependencies) in &packages {
        assert!(
            !dependencies.normal.contains("test-support"),
            "{name} depends on test-support outside its tests"
        );
    }
    // Nothing depends on the programs at the end of the chain.
    for (name, dependencies) in &packages {
        for program in ["bench", "exercises", "nnbook-tests", "playground"] {
            assert!(
                !dependencies.normal.contains(program) && !dependencies.dev.contains(program),
                "{name} depends on {program}"
            );
        }
    }
}

/// Each heavy dependency belongs to the one support crate that needs it.
#[test]
fn heavy_dependencies_stay_in_their_support_crate() {
    let packages = workspace();
    let homes = [
        ("pulp", &["fast"][..]),
        ("bytemuck", &["fast", "bench"][..]),
        ("plotters", &["figures"][..]),
        ("divan", &["bench"][..]),
        // The book server's network and process handling.
        ("httparse", &["playground"][..]),
        ("getrandom", &["playground"][..]),
        ("ctrlc", &["playground"][..]),
        ("nix", &["playground"][..]),
        ("opener", &["playground"][..]),
    ];
    for (heavy, allowed) in homes {
        for (name, dependencies) in &packages {
            if dependencies.normal.contains(heavy) || dependencies.dev.contains(heavy) {
                assert!(
                    allowed.contains(&name.as_str()),
                    "{name} depends on {heavy}, which only {allowed:?} may use"
                );
            }
        }
    }
}

/// `package version` → its enabled features, for every package that cargo
/// would build for `cargo test` run with `selection` (e.g. `-p forward`).
fn features_built(selection: &[&str]) -> BTreeMap<String, String> {
    let output = Command::new(env!("CARGO"))
        .args(["tree", "--offline", "--locked", "-e", "normal,build,dev"])
        .args(["--prefix", "none", "--format", "{p}|{f}"])
        .args(selection)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .unwrap();
    assert!(output.status.success(), "cargo tree failed: {output:?}");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .filter_map(|line| line.split_once('|'))
        .map(|(package, features)| {
            // "name v1.2.3 (/path)" for our crates; keep "name v1.2.3".
            let package = package.split(" (").next().unwrap_or(package);
            (
                package.to_owned(),
                features.trim_end_matches(" (*)").to_owned(),
            )
        })
        .collect()
}

/// Switching between `cargo test` and `cargo test -p CRATE` must not
/// rebuild any dependency: a rebuild happens when one selection turns on a
/// feature of a shared dependency that the other does not, so every
/// package's features must be the same under both.
#[test]
fn one_crates_tests_build_the_dependencies_the_whole_workspace_built() {
    let whole = features_built(&[]);
    // Run from the workspace's root: inside a member's folder, cargo's
    // default selection is that member alone.
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .unwrap();
    let metadata: Value = serde_json::from_slice(&output.stdout).unwrap();
    let default_members: BTreeSet<&str> = metadata["workspace_default_members"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut differences = Vec::new();
    for package in metadata["packages"].as_array().unwrap() {
        if !default_members.contains(package["id"].as_str().unwrap()) {
            continue;
        }
        let name = package["name"].as_str().unwrap();
        for (dependency, features) in features_built(&["-p", name]) {
            match whole.get(&dependency) {
                Some(all) if all == &features => {}
                all => differences.push(format!(
                    "cargo test -p {name} builds {dependency} with [{features}], cargo test with [{}]",
                    all.map_or("(not built)", String::as_str)
                )),
            }
        }
    }
    assert!(
        differences.is_empty(),
        "give these dependencies the same features everywhere (see test-support's Cargo.toml):\n{}",
        differences.join("\n")
    );
}
