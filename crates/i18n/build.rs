//! Build-time work: every `assets/locales/LANG/*.ftl` of the workspace is embedded, so adding
//! a language is adding a folder. Embedded text costs no memory until a language is parsed:
//! only the one shown (and English, for what it lacks) ever is.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"))
        .join("../../assets/locales");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut code = String::from("/// Embedded translations: (language, [(file name, text)]).\n");
    code.push_str("pub static LOCALES: &[(&str, &[(&str, &str)])] = &[\n");
    for (lang, dir) in entries(&root, |p| p.is_dir()) {
        println!("cargo::rerun-if-changed={}", dir.display());
        writeln!(code, "    ({lang:?}, &[").unwrap();
        for (name, path) in entries(&dir, |p| p.extension().is_some_and(|x| x == "ftl")) {
            writeln!(
                code,
                "        ({name:?}, include_str!({:?})),",
                path.display()
            )
            .unwrap();
        }
        code.push_str("    ]),\n");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets it")).join("locales.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

/// The entries of `dir` that `keep`, by name.
fn entries(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| keep(p))
        .filter_map(|p| Some((p.file_name()?.to_str()?.to_owned(), p)))
        .collect();
    found.sort();
    found
}
