//! Playing samples on Windows: the cue as a WAV file in memory, played by `PlaySoundW`
//! (winmm) on the default output device. A cue is one short sound at a time, which is what
//! that call is for; no audio library is needed. `SND_SYNC` returns once it has played, as
//! the PulseAudio player does after its drain.

use super::RATE;
use windows_sys::Win32::Media::Audio::{
    PlaySoundW, SND_MEMORY, SND_NODEFAULT, SND_SYNC, waveOutGetNumDevs,
};

/// Why a cue could not be played.
#[derive(Debug, thiserror::Error)]
pub enum SoundError {
    #[error("no sound output device")]
    NoDevice,
    #[error("Windows could not play the cue (PlaySound failed)")]
    Failed,
}

impl SoundError {
    /// The reason in the language shown (`Display` stays English, for the log).
    pub fn for_people(&self) -> String {
        match self {
            SoundError::NoDevice => knotless_i18n::t!("sound-no-device"),
            SoundError::Failed => knotless_i18n::t!("sound-failed"),
        }
    }
}

/// Whether there is an output device to play on.
pub fn available() -> Result<(), SoundError> {
    // SAFETY: no arguments; it only counts devices.
    if unsafe { waveOutGetNumDevs() } == 0 {
        return Err(SoundError::NoDevice);
    }
    Ok(())
}

/// Plays `samples` (mono, [`RATE`]) and returns when they have played.
pub fn play(samples: &[i16]) -> Result<(), SoundError> {
    available()?;
    let file = super::wav(samples, RATE);
    // SAFETY: with SND_MEMORY the first argument is the WAV image, which outlives the call
    // (SND_SYNC: it returns after playing); no module handle.
    let played = unsafe {
        PlaySoundW(
            file.as_ptr().cast(),
            std::ptr::null_mut(),
            SND_MEMORY | SND_SYNC | SND_NODEFAULT,
        )
    };
    if played == 0 {
        return Err(SoundError::Failed);
    }
    Ok(())
}
