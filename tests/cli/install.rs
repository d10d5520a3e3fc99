//! `make install` into a staging root (`DESTDIR`), as a package build does it: every file
//! where the freedesktop specifications put it, the desktop file's `Exec` and `Icon`
//! resolving inside it, the desktop file and metainfo valid, a man page for every verb that
//! renders, and `make uninstall` taking all of it away again. Needs make,
//! desktop-file-validate, appstreamcli and mandoc (`scripts/test` installs them).

use knotless::APP_ID;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program} (scripts/test installs it): {e}"))
}

fn make(target: &str, dest: &Path, gen_dir: &Path) -> Output {
    let out = Command::new("make")
        .args([
            "-s",
            "-C",
            env!("CARGO_MANIFEST_DIR"),
            target,
            "PREFIX=/usr",
            &format!("DESTDIR={}", dest.display()),
            &format!("BIN={}", env!("CARGO_BIN_EXE_knotless")),
            &format!("TARGET_DIR={}", gen_dir.display()),
        ])
        .output()
        .expect("cannot run make (scripts/test installs it)");
    assert!(
        out.status.success(),
        "make {target}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                found.push(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    found.sort();
    found
}

/// The verbs a user can type (the hidden `manpages` and clap's `help` aside).
fn verbs() -> Vec<String> {
    let command = <knotless::cli::Cli as clap::CommandFactory>::command();
    command
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_name().to_owned())
        .collect()
}

#[test]
fn make_install_puts_every_file_where_the_specifications_say_and_uninstall_removes_them() {
    let dest = tempfile::tempdir().unwrap();
    let gen_dir = tempfile::tempdir().unwrap();
    make("install", dest.path(), gen_dir.path());
    let usr = dest.path().join("usr");
    let share = usr.join("share");

    let mut expected = vec![
        PathBuf::from("usr/bin/knotless"),
        format!("usr/share/applications/{APP_ID}.desktop").into(),
        format!("usr/share/metainfo/{APP_ID}.metainfo.xml").into(),
        format!("usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg").into(),
        "usr/share/bash-completion/completions/knotless".into(),
        "usr/share/zsh/site-functions/_knotless".into(),
        "usr/share/fish/vendor_completions.d/knotless.fish".into(),
        "usr/share/man/man1/knotless.1".into(),
    ];
    for size in [16, 22, 32, 48, 64, 128, 256] {
        expected.push(format!("usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png").into());
    }
    for verb in verbs() {
        expected.push(format!("usr/share/man/man1/knotless-{verb}.1").into());
    }
    let installed = files_under(dest.path());
    for path in &expected {
        assert!(
            installed.contains(path),
            "{} is missing: {installed:?}",
            path.display()
        );
    }
    // Nothing else but the pages of sub-verbs (`knotless-config-check.1`, …).
    for path in &installed {
        assert!(
            expected.contains(path) || path.starts_with("usr/share/man/man1"),
            "unexpected {}",
            path.display()
        );
    }

    // The desktop file: valid, and its Exec and Icon resolve inside the staging root.
    let desktop = share.join(format!("applications/{APP_ID}.desktop"));
    let check = run("desktop-file-validate", &[desktop.to_str().unwrap()]);
    assert!(
        check.status.success() && check.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let text = std::fs::read_to_string(&desktop).unwrap();
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{name}=")))
            .unwrap_or_else(|| panic!("no {name}= in {text}"))
            .to_owned()
    };
    let exec = field("Exec");
    let program = exec.split_whitespace().next().unwrap();
    let binary = usr.join("bin").join(program);
    assert!(binary.is_file(), "Exec={exec} does not resolve");
    assert!(
        std::os::unix::fs::PermissionsExt::mode(&binary.metadata().unwrap().permissions()) & 0o111
            != 0
    );
    assert_eq!(field("Icon"), APP_ID);
    assert!(
        share
            .join(format!("icons/hicolor/48x48/apps/{APP_ID}.png"))
            .is_file()
    );
    assert_eq!(field("StartupWMClass"), APP_ID);
    assert_eq!(field("X-GNOME-UsesNotifications"), "true");

    // The metainfo: its id is the application ID, and only info-level hints.
    let metainfo = share.join(format!("metainfo/{APP_ID}.metainfo.xml"));
    assert!(
        std::fs::read_to_string(&metainfo)
            .unwrap()
            .contains(&format!("<id>{APP_ID}</id>"))
    );
    let check = run(
        "appstreamcli",
        &["validate", "--no-net", metainfo.to_str().unwrap()],
    );
    let said = String::from_utf8_lossy(&check.stdout).into_owned();
    assert!(check.status.success(), "{said}");
    for line in said.lines() {
        assert!(
            !(line.starts_with("E:") || line.starts_with("W:")),
            "appstreamcli: {line}"
        );
    }

    // The man pages render, and the main page names every verb.
    let man1 = share.join("man/man1");
    let pages: Vec<String> = std::fs::read_dir(&man1)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    let mut lint = vec!["-T", "lint", "-W", "error"];
    lint.extend(pages.iter().map(String::as_str));
    let check = run("mandoc", &lint);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    let main = std::fs::read_to_string(man1.join("knotless.1")).unwrap();
    for verb in verbs() {
        assert!(
            main.contains(&format!("knotless\\-{verb}(1)")),
            "knotless.1 does not name {verb}"
        );
    }

    make("uninstall", dest.path(), gen_dir.path());
    assert_eq!(files_under(dest.path()), Vec::<PathBuf>::new());
}
