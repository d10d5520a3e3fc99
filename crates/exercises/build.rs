//! Build-time work: the built-in exercise library. Every `assets/exercises/*.toml` of the
//! workspace is embedded (figures included: they are data in the file), so adding an
//! exercise is adding a file.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    embed_exercises();
}

fn embed_exercises() {
    let root = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"))
        .join("../../assets/exercises");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut code = String::from("/// Built-in exercise files: (file name, text).\n");
    code.push_str("pub static EXERCISES: &[(&str, &str)] = &[\n");
    for (name, path) in files(&root, "toml") {
        writeln!(code, "    ({name:?}, include_str!({:?})),", path.display()).unwrap();
    }
    code.push_str("];\n");
    // Translations: translations/LANG/ID.toml, parsed only for the language shown.
    code.push_str("/// Built-in translations: (language, [(file name, text)]).\n");
    code.push_str("pub static TRANSLATIONS: &[(&str, &[(&str, &str)])] = &[\n");
    let translations = root.join("translations");
    println!("cargo::rerun-if-changed={}", translations.display());
    let mut languages: Vec<std::path::PathBuf> = std::fs::read_dir(&translations)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    languages.sort();
    for dir in languages {
        println!("cargo::rerun-if-changed={}", dir.display());
        let lang = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        writeln!(code, "    ({lang:?}, &[").unwrap();
        for (name, path) in files(&dir, "toml") {
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
