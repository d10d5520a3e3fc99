//! One cfg for "a free desktop with D-Bus" (Linux and the BSDs): the daemon, its idle
//! sources over X11 and D-Bus, notifications and the tray. Windows and macOS compile the
//! rest (core, config, history, CLI, their own idle sources).

fn main() {
    println!("cargo::rustc-check-cfg=cfg(desktop_bus)");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let family = std::env::var("CARGO_CFG_TARGET_FAMILY").unwrap_or_default();
    if family == "unix" && os != "macos" && os != "ios" {
        println!("cargo::rustc-cfg=desktop_bus");
    }
    println!("cargo::rerun-if-changed=build.rs");
}
