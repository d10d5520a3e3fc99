//! Build-time work:
//! - one cfg for "a free desktop with D-Bus" (Linux and the BSDs): idle sources over X11
//!   and D-Bus, notifications and the tray; and one for "the daemon runs here" (those and
//!   Windows, with its own backends). macOS compiles the rest (core, config, history, CLI,
//!   its idle source);
//! - (the built-in exercise library is embedded by `crates/exercises/build.rs`).

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
}
