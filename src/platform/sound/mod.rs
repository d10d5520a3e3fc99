//! Sound cues for a break you follow without looking: a soft tone at each step, a distinct
//! two-note one for "switch sides", a short chime at the end. The cues are synthesised here
//! (pure: samples out), and played
//!
//! - on free desktops through the user's sound server over the PulseAudio native protocol
//!   (PulseAudio itself, or PipeWire's pulse server), in pure Rust: no C sound library is
//!   needed to build, and `cargo run --release` stays a Rust-and-cc build (`pulse.rs`),
//!   authenticating with the cookie libpulse would send (`cookie.rs`);
//! - on Windows by the system's own `PlaySoundW`, from a WAV file in memory (`winmm.rs`).

#[cfg(desktop_bus)]
mod cookie;
#[cfg(desktop_bus)]
mod pulse;
#[cfg(desktop_bus)]
pub use pulse::{SoundError, available, play};
#[cfg(windows)]
mod winmm;
#[cfg(windows)]
pub use winmm::{SoundError, available, play};

/// Samples per second of every cue.
pub const RATE: u32 = 44_100;

/// Which cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// A new step begins.
    Step,
    /// A new step begins on the other side: two notes, rising.
    SwitchSides,
    /// The last step's time is up: three notes, rising, longer.
    End,
}

impl Cue {
    /// The notes (frequency in Hz, length in ms), played one after the other.
    fn notes(self) -> &'static [(f32, u32)] {
        match self {
            Cue::Step => &[(660.0, 160)],
            Cue::SwitchSides => &[(523.25, 140), (783.99, 180)],
            Cue::End => &[(523.25, 160), (659.25, 160), (783.99, 360)],
        }
    }
}

/// The cue as mono 16-bit samples at [`RATE`], at `volume` (0 to 100): soft sine tones with
/// a gentle attack and release, so nothing clicks.
pub fn synthesize(cue: Cue, volume: u32) -> Vec<i16> {
    let amplitude = f32::from(i16::MAX) * 0.5 * (volume.min(100) as f32 / 100.0);
    let mut samples = Vec::new();
    for &(frequency, ms) in cue.notes() {
        let n = (RATE * ms / 1000) as usize;
        let ramp = (RATE / 100) as usize; // 10 ms in and out
        for i in 0..n {
            let envelope = (i.min(n - i) as f32 / ramp as f32).min(1.0);
            let t = i as f32 / RATE as f32;
            let value = (2.0 * std::f32::consts::PI * frequency * t).sin() * amplitude * envelope;
            samples.push(value as i16);
        }
        // A short rest between notes.
        samples.extend(std::iter::repeat_n(0, (RATE / 50) as usize));
    }
    samples
}

/// `samples` (mono, 16-bit, `rate` per second) as a WAV file: the RIFF header of plain PCM,
/// then the samples, little-endian.
pub fn wav(samples: &[i16], rate: u32) -> Vec<u8> {
    let data = u32::try_from(samples.len() * 2).unwrap_or(u32::MAX - 36);
    let mut file = Vec::with_capacity(44 + samples.len() * 2);
    file.extend_from_slice(b"RIFF");
    file.extend_from_slice(&(36 + data).to_le_bytes());
    file.extend_from_slice(b"WAVEfmt ");
    file.extend_from_slice(&16_u32.to_le_bytes()); // the format chunk's size
    file.extend_from_slice(&1_u16.to_le_bytes()); // PCM
    file.extend_from_slice(&1_u16.to_le_bytes()); // mono
    file.extend_from_slice(&rate.to_le_bytes());
    file.extend_from_slice(&(rate * 2).to_le_bytes()); // bytes per second
    file.extend_from_slice(&2_u16.to_le_bytes()); // bytes per frame
    file.extend_from_slice(&16_u16.to_le_bytes()); // bits per sample
    file.extend_from_slice(b"data");
    file.extend_from_slice(&data.to_le_bytes());
    file.extend(samples.iter().flat_map(|s| s.to_le_bytes()));
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rms(samples: &[i16]) -> f64 {
        (samples.iter().map(|&s| f64::from(s).powi(2)).sum::<f64>() / samples.len() as f64).sqrt()
    }

    #[test]
    fn the_cues_differ_in_length_and_follow_the_volume() {
        let step = synthesize(Cue::Step, 60);
        let switch = synthesize(Cue::SwitchSides, 60);
        let end = synthesize(Cue::End, 60);
        let secs = |s: &[i16]| s.len() as f64 / f64::from(RATE);
        assert!(secs(&step) < 0.25 && secs(&switch) > secs(&step) && secs(&end) > 0.6);
        assert!(rms(&synthesize(Cue::Step, 30)) < rms(&step) * 0.6);
        assert_eq!(rms(&synthesize(Cue::Step, 0)), 0.0);
        // No click: the first and last samples of every note are near silence.
        assert!(step[0].abs() < 200 && step[step.len() - 1] == 0);
    }

    #[test]
    fn a_cue_as_a_wav_file_has_a_pcm_header_and_its_samples() {
        let samples = synthesize(Cue::Step, 60);
        let file = wav(&samples, RATE);
        let u16_at = |i: usize| u16::from_le_bytes([file[i], file[i + 1]]);
        let u32_at = |i: usize| u32::from_le_bytes(file[i..i + 4].try_into().unwrap());
        assert_eq!(&file[0..4], b"RIFF");
        assert_eq!(u32_at(4) as usize, file.len() - 8);
        assert_eq!(&file[8..16], b"WAVEfmt ");
        assert_eq!((u16_at(20), u16_at(22), u32_at(24)), (1, 1, RATE));
        assert_eq!((u32_at(28), u16_at(32), u16_at(34)), (RATE * 2, 2, 16));
        assert_eq!(&file[36..40], b"data");
        assert_eq!(u32_at(40) as usize, samples.len() * 2);
        let read: Vec<i16> = file[44..]
            .chunks(2)
            .map(|b| i16::from_le_bytes([b[0], b[1]]))
            .collect();
        assert_eq!(read, samples);
    }
}
