//! The PulseAudio native protocol's authentication cookie, found and read as libpulse does:
//! `$PULSE_COOKIE`, then `$XDG_CONFIG_HOME/pulse/cookie`, `~/.config/pulse/cookie` and
//! `~/.pulse-cookie`; the first file that holds a whole cookie wins. When none does, the
//! cookie is 256 zero bytes, as libpulse sends: PipeWire's pulse server creates no cookie
//! file and lets in a client of the same user whatever its cookie, but refuses a cookie of
//! the wrong length ("Invalid"), and PulseAudio kicks such a client out ("protocol error").

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The length of a cookie (libpulse's `PA_NATIVE_COOKIE_LENGTH`).
pub const LENGTH: usize = 256;

/// The cookie to send: the first whole one found, else zeros.
pub fn from_env() -> Vec<u8> {
    let env = |name: &str| std::env::var_os(name);
    candidates(&env)
        .iter()
        .find_map(|path| read(path))
        .unwrap_or_else(|| vec![0; LENGTH])
}

/// Where to look, in libpulse's order. `env` reads an environment variable (tests pass
/// their own). A relative `$PULSE_COOKIE` is relative to PulseAudio's config folder, as
/// libpulse takes it.
pub fn candidates(env: &dyn Fn(&str) -> Option<OsString>) -> Vec<PathBuf> {
    let set = |name: &str| env(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    let home = set("HOME");
    let home_config = home.as_ref().map(|h| h.join(".config/pulse"));
    // libpulse takes $XDG_CONFIG_HOME only when it is absolute.
    let pulse_config = set("XDG_CONFIG_HOME")
        .filter(|dir| dir.is_absolute())
        .map(|dir| dir.join("pulse"))
        .or_else(|| home_config.clone());
    let mut paths = Vec::new();
    if let Some(cookie) = set("PULSE_COOKIE") {
        if cookie.is_absolute() {
            paths.push(cookie);
        } else if let Some(dir) = &pulse_config {
            paths.push(dir.join(cookie));
        }
    }
    for dir in [pulse_config, home_config].into_iter().flatten() {
        let cookie = dir.join("cookie");
        if !paths.contains(&cookie) {
            paths.push(cookie);
        }
    }
    if let Some(home) = home {
        paths.push(home.join(".pulse-cookie"));
    }
    paths
}

/// The cookie in `path`: its first [`LENGTH`] bytes; `None` when it cannot be read or is
/// shorter (libpulse passes over such a file too).
fn read(path: &Path) -> Option<Vec<u8>> {
    let mut cookie = vec![0; LENGTH];
    let mut file = std::fs::File::open(path).ok()?;
    file.read_exact(&mut cookie).ok()?;
    Some(cookie)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    fn strings(paths: Vec<PathBuf>) -> Vec<String> {
        paths
            .into_iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn the_cookie_is_looked_for_in_libpulses_order() {
        let vars = [
            ("HOME", "/home/ann"),
            ("XDG_CONFIG_HOME", "/home/ann/conf"),
            ("PULSE_COOKIE", "/tmp/my-cookie"),
        ];
        assert_eq!(
            strings(candidates(&env(&vars))),
            [
                "/tmp/my-cookie",
                "/home/ann/conf/pulse/cookie",
                "/home/ann/.config/pulse/cookie",
                "/home/ann/.pulse-cookie",
            ]
        );
    }

    #[test]
    fn without_xdg_config_home_the_config_folder_is_in_home_and_looked_at_once() {
        let vars = [("HOME", "/home/ann"), ("XDG_CONFIG_HOME", "")];
        assert_eq!(
            strings(candidates(&env(&vars))),
            ["/home/ann/.config/pulse/cookie", "/home/ann/.pulse-cookie"]
        );
        // A relative XDG_CONFIG_HOME is ignored, as libpulse (and the XDG spec) do.
        let vars = [("HOME", "/home/ann"), ("XDG_CONFIG_HOME", "conf")];
        assert_eq!(
            strings(candidates(&env(&vars))),
            ["/home/ann/.config/pulse/cookie", "/home/ann/.pulse-cookie"]
        );
    }

    #[test]
    fn a_relative_pulse_cookie_is_in_pulseaudios_config_folder() {
        let vars = [
            ("HOME", "/home/ann"),
            ("XDG_CONFIG_HOME", "/x"),
            ("PULSE_COOKIE", "other"),
        ];
        assert_eq!(candidates(&env(&vars))[0], Path::new("/x/pulse/other"));
    }

    #[test]
    fn the_first_whole_cookie_wins_and_none_is_256_zeros() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().to_str().unwrap().to_owned();
        let config = format!("{home}/conf");
        let vars = [
            ("HOME", home.as_str()),
            ("XDG_CONFIG_HOME", config.as_str()),
        ];
        let first = |vars: &[(&str, &str)]| {
            candidates(&env(vars))
                .iter()
                .find_map(|p| read(p))
                .unwrap_or_else(|| vec![0; LENGTH])
        };
        assert_eq!(first(&vars), vec![0; LENGTH]);
        // A short file is passed over; a longer one gives its first 256 bytes.
        std::fs::create_dir_all(format!("{config}/pulse")).unwrap();
        std::fs::write(format!("{config}/pulse/cookie"), [7; 10]).unwrap();
        std::fs::write(format!("{home}/.pulse-cookie"), [9; 300]).unwrap();
        assert_eq!(first(&vars), vec![9; LENGTH]);
        std::fs::write(format!("{config}/pulse/cookie"), [7; LENGTH]).unwrap();
        assert_eq!(first(&vars), vec![7; LENGTH]);
    }
}
