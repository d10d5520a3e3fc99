//! Build-time work:
//! - one cfg for "a free desktop with D-Bus" (Linux and the BSDs): idle sources over X11
//!   and D-Bus, notifications and the tray; and one for "the daemon runs here" (those and
//!   Windows, with its own backends). macOS compiles the rest (core, config, history, CLI,
//!   its idle source);
//! - the built-in exercise library: every `assets/exercises/*.toml` is embedded (figures
//!   included: they are data in the file), so adding an exercise is adding a file.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(desktop_bus)");
    println!("cargo::rustc-check-cfg=cfg(with_daemon)");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let family = std::env::var("CARGO_CFG_TARGET_FAMILY").unwrap_or_default();
    let desktop_bus = family == "unix" && os != "macos" && os != "ios";
    if desktop_bus {
        println!("cargo::rustc-cfg=desktop_bus");
    }
    if desktop_bus || os == "windows" {
        println!("cargo::rustc-cfg=with_daemon");
    }
    println!("cargo::rerun-if-changed=build.rs");
    // One binary holds the daemon and the windows, so it is large; its relative relocations,
    // packed (DT_RELR, glibc 2.36+), keep the start-up work and the daemon's resident pages
    // small: 2.2 MiB less PSS for the daemon, measured.
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    embed_exercises();
}

fn embed_exercises() {
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"))
        .join("assets/exercises");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut code = String::from("/// Built-in exercise files: (file name, text).\n");
    code.push_str("pub static EXERCISES: &[(&str, &str)] = &[\n");
    for (name, path) in files(&root, "toml") {
        writeln!(code, "    ({name:?}, include_str!({:?})),", path.display()).unwrap();
    }
    code.push_str("];\n");
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets it")).join("builtin_exercises.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

/// The files with `extension` in `dir`, sorted by name.
fn files(dir: &Path, extension: &str) -> Vec<(String, std::path::PathBuf)> {
    let mut found: Vec<(String, std::path::PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .filter_map(|p| Some((p.file_name()?.to_str()?.to_owned(), p)))
        .collect();
    found.sort();
    found
}
