//! The README cannot drift from the binary: every ```` ```sh runnable ````
//! block runs as a user would paste it (from the repository's root, in
//! order, `ferry` on PATH, `set -euo pipefail`), and every other `sh` block
//! must need something a test cannot give it (a server, `cargo install`,
//! a container engine, the test command itself).

use std::path::{Path, PathBuf};
use std::process::Command;

const README: &str = include_str!("../../README.md");

/// A fenced block: the line its fence opens on, its info string and text.
struct Block {
    line: usize,
    info: String,
    text: String,
}

fn fenced_blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in markdown.lines().enumerate() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(info)) => {
                open = Some(Block {
                    line: i + 1,
                    info: info.trim().to_string(),
                    text: String::new(),
                })
            }
            (Some(_), Some("")) => blocks.extend(open.take()),
            (Some(block), _) => {
                block.text.push_str(line);
                block.text.push('\n');
            }
            (None, None) => {}
        }
    }
    blocks
}

fn shell_blocks() -> Vec<Block> {
    fenced_blocks(README)
        .into_iter()
        .filter(|b| b.info == "sh" || b.info.starts_with("sh "))
        .collect()
}

/// What keeps a block from running in a test, if it names one.
fn needs_more_than_a_test_has(text: &str) -> bool {
    [
        "postgres://",
        "mysql://",
        "cargo install",
        "./scripts/test.sh",
        "docker ",
    ]
    .iter()
    .any(|s| text.contains(s))
}

#[test]
fn every_shell_block_is_runnable_or_needs_a_server() {
    let blocks = shell_blocks();
    assert!(blocks.len() > 10, "the README's sh blocks were not found");
    for b in &blocks {
        let runnable = b.info == "sh runnable";
        assert!(
            runnable || needs_more_than_a_test_has(&b.text),
            "README.md:{}: this block needs no server: mark it ```sh runnable so the \
             tests run it\n{}",
            b.line,
            b.text
        );
        assert!(
            !runnable || !needs_more_than_a_test_has(&b.text),
            "README.md:{}: a runnable block names a server or an install:\n{}",
            b.line,
            b.text
        );
    }
}

/// A `cargo` for the blocks: `cargo run --example NAME` runs the example
/// `cargo build --examples` built, `cargo run -- ARGS` the ferry under test; nothing
/// else (a block that builds would take minutes).
fn cargo_shim(dir: &Path, examples: &Path) {
    let script = format!(
        r#"#!/bin/sh
if [ "$1" = run ] && [ "$2" = --example ]; then
  name=$3; shift 3; [ "${{1:-}}" = -- ] && shift
  exec "{examples}/$name" "$@"
fi
if [ "$1" = run ] && [ "$2" = -- ]; then shift 2; exec ferry "$@"; fi
echo "the README test runs only 'cargo run --example NAME' and 'cargo run -- ARGS', not: cargo $*" >&2
exit 99
"#,
        examples = examples.display()
    );
    let path = dir.join("cargo");
    std::fs::write(&path, script).expect("cargo shim");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

#[test]
fn every_runnable_block_runs() {
    let ferry = PathBuf::from(env!("CARGO_BIN_EXE_ferry"));
    let bin = ferry.parent().expect("ferry's directory");
    let examples = bin.join("examples");
    // `cargo test` builds examples as test harnesses (NAME-HASH, running
    // no test); `cargo build --examples` builds the programs as NAME.
    assert!(
        examples.join("demo").exists() && examples.join("promote").exists(),
        "the README's blocks run the examples: build them first (`cargo build --examples`, \
         as ./scripts/test.sh does); {} lacks demo or promote",
        examples.display()
    );
    let shim = tempfile::tempdir().expect("tempdir");
    cargo_shim(shim.path(), &examples);
    let home = tempfile::tempdir().expect("home");
    let path = format!(
        "{}:{}:{}",
        bin.display(),
        shim.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let blocks: Vec<Block> = shell_blocks()
        .into_iter()
        .filter(|b| b.info == "sh runnable")
        .collect();
    assert!(!blocks.is_empty(), "no ```sh runnable block in the README");
    for b in blocks {
        let out = Command::new("bash")
            .args(["-euo", "pipefail", "-c", &b.text])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("PATH", &path)
            .env("HOME", home.path())
            .env_remove("RUST_LOG")
            .output()
            .expect("bash");
        assert!(
            out.status.success(),
            "README.md:{}: the block exits {:?}:\n{}\n--- stdout\n{}\n--- stderr\n{}",
            b.line,
            out.status.code(),
            b.text,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
