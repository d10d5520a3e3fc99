//! Reading the break's steps aloud: through speech-dispatcher, the desktop's speech service
//! (the one screen readers use, so the user's voice, language and rate apply), or espeak-ng
//! on its own when that is all there is.
//!
//! speech-dispatcher is spoken to over its socket with `ssip-client` (its SSIP protocol in
//! pure Rust), so no C speech library is needed to build. A service that is installed but not
//! running is started the way its own clients start it (`speech-dispatcher --spawn`).

use ssip_client::{
    ClientName, ClientScope, MessageScope, OK_CANCELED, OK_LANGUAGE_SET, OK_VOLUME_SET, fifo,
};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// How often, and how far apart, a freshly spawned speech-dispatcher is tried: 3 seconds.
const SPAWN_TRIES: u32 = 30;
const SPAWN_RETRY: Duration = Duration::from_millis(100);

/// A way to speak.
pub enum Voice {
    Dispatcher(ssip_client::Client<fifo::UnixStream>),
    /// `espeak-ng` as a program; the child still speaking, if any.
    Espeak {
        amplitude: u32,
        speaking: Option<Child>,
    },
}

/// Nothing can speak here.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error(
        "no speech service: install speech-dispatcher (Debian: speech-dispatcher \
         speech-dispatcher-espeak-ng) or espeak-ng"
    )]
    NoService,
    #[error("speech-dispatcher: {0}")]
    Dispatcher(#[from] ssip_client::ClientError),
    #[error("espeak-ng: {0}")]
    Espeak(std::io::Error),
}

impl SpeechError {
    /// What the break window says when nothing can read aloud, in the active language
    /// (the service's own error stays as it came: it is for a bug report).
    pub fn for_people(&self) -> String {
        match self {
            SpeechError::NoService => knotless_i18n::t!("break-voice-no-service"),
            other => other.to_string(),
        }
    }
}

/// The language to speak in, when it is not English (English keeps each service's own
/// default voice): the language the windows show.
fn spoken_language() -> Option<&'static str> {
    let code = knotless_i18n::language();
    (!code.starts_with(knotless_i18n::ENGLISH)).then_some(code)
}

impl Voice {
    /// Connects to speech-dispatcher (starting it if it is installed but not running), or
    /// falls back to espeak-ng; `volume` is `[sound] volume`, 0 to 100.
    pub fn connect(volume: u32) -> Result<Voice, SpeechError> {
        let volume = volume.min(100);
        match dispatcher(volume) {
            Ok(voice) => return Ok(voice),
            Err(e) => tracing::debug!("speech-dispatcher: {e}"),
        }
        if on_path("espeak-ng") {
            // espeak-ng's amplitude runs 0 to 200, 100 its default.
            return Ok(Voice::Espeak {
                amplitude: volume * 2,
                speaking: None,
            });
        }
        Err(SpeechError::NoService)
    }

    /// Which service speaks.
    pub fn name(&self) -> &'static str {
        match self {
            Voice::Dispatcher(_) => "speech-dispatcher",
            Voice::Espeak { .. } => "espeak-ng",
        }
    }

    /// Says `text`, cutting short whatever is still being said (a new step wins).
    pub fn say(&mut self, text: &str) -> Result<(), SpeechError> {
        match self {
            Voice::Dispatcher(client) => {
                client
                    .cancel(MessageScope::Last)?
                    .check_status(OK_CANCELED)?;
                // SSIP ends a message with a line holding only a dot.
                let lines: Vec<String> = text
                    .lines()
                    .map(|l| {
                        if l == "." {
                            "..".to_owned()
                        } else {
                            l.to_owned()
                        }
                    })
                    .collect();
                client
                    .speak()?
                    .check_receiving_data()?
                    .send_lines(&lines)?
                    .receive_message_id()?;
                Ok(())
            }
            Voice::Espeak {
                amplitude,
                speaking,
            } => {
                if let Some(mut child) = speaking.take() {
                    let _ = child.kill();
                    let _ = child.wait();
                }
                let mut command = Command::new("espeak-ng");
                command.arg("-a").arg(amplitude.to_string());
                // espeak-ng names its voices by language in lower case ("de", "pt-br").
                if let Some(code) = spoken_language() {
                    command.arg("-v").arg(code.to_lowercase());
                }
                let child = command
                    .arg("--")
                    .arg(text)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .map_err(SpeechError::Espeak)?;
                *speaking = Some(child);
                Ok(())
            }
        }
    }
}

impl Drop for Voice {
    fn drop(&mut self) {
        match self {
            Voice::Dispatcher(client) => {
                let _ = client.quit();
            }
            // What is being said ("Done") is let finish; the child is reaped by init.
            Voice::Espeak { .. } => {}
        }
    }
}

fn dispatcher(volume: u32) -> Result<Voice, SpeechError> {
    let connect = || fifo::Builder::new().timeout(Duration::from_secs(2)).build();
    let mut client = match connect() {
        Ok(client) => client,
        Err(_) if on_path("speech-dispatcher") => {
            let spawned = Command::new("speech-dispatcher")
                .arg("--spawn")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
            tracing::debug!("speech-dispatcher --spawn: {spawned:?}");
            let mut tries = 0;
            loop {
                tries += 1;
                match connect() {
                    Ok(client) => break client,
                    Err(_) if tries < SPAWN_TRIES => std::thread::sleep(SPAWN_RETRY),
                    Err(e) => return Err(ssip_client::ClientError::from(e).into()),
                }
            }
        }
        Err(e) => return Err(ssip_client::ClientError::from(e).into()),
    };
    let user = std::env::var("USER").unwrap_or_else(|_| "user".to_owned());
    client
        .set_client_name(ClientName::new(&user, "knotless"))?
        .check_client_name_set()?;
    // SSIP volume runs -100 to 100, 0 the user's own setting: `[sound] volume` 50 keeps it.
    let relative = i8::try_from(i64::from(volume) * 2 - 100).unwrap_or(0);
    client
        .set_volume(ClientScope::Current, relative)?
        .check_status(OK_VOLUME_SET)?;
    // SSIP's SET SELF LANGUAGE takes the language code as the windows show it ("pt-BR").
    if let Some(code) = spoken_language() {
        client
            .set_language(ClientScope::Current, code)?
            .check_status(OK_LANGUAGE_SET)?;
    }
    Ok(Voice::Dispatcher(client))
}

/// Whether `program` is an executable file in one of `PATH`'s folders.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| {
            std::fs::metadata(dir.join(program)).is_ok_and(|m| {
                use std::os::unix::fs::PermissionsExt;
                m.is_file() && m.permissions().mode() & 0o111 != 0
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The voice speaks the windows' language; English (and the pseudo-language, which is
    /// English underneath) keeps each service's default voice.
    #[test]
    fn the_voice_speaks_the_language_the_windows_show() {
        let spoken = |code| knotless_i18n::with_language(code, spoken_language);
        assert_eq!(spoken("de"), Some("de"));
        assert_eq!(spoken("pt-BR"), Some("pt-BR"));
        assert_eq!(spoken("en"), None);
        assert_eq!(spoken(knotless_i18n::PSEUDO), None);
    }

    /// The real espeak-ng (installed by `scripts/test`) has a voice for every language we
    /// ship: an unknown voice makes it fail.
    #[test]
    fn espeak_ng_has_a_voice_for_every_language() {
        for lang in knotless_i18n::languages() {
            let voice = knotless_i18n::with_language(lang, spoken_language)
                .unwrap_or("en")
                .to_lowercase();
            let out = Command::new("espeak-ng")
                .args(["-v", &voice, "--stdout", "knotless"])
                .output()
                .expect("espeak-ng runs (scripts/test installs it)");
            assert!(
                out.status.success() && out.stdout.len() > 1000,
                "{lang}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let unknown = Command::new("espeak-ng")
            .args(["-v", "xx-nonexistent", "--stdout", "knotless"])
            .output()
            .expect("espeak-ng runs");
        assert!(!unknown.status.success(), "the check can fail");
    }
}
