//! Playing samples through the user's sound server over the PulseAudio native protocol
//! (the `pulseaudio` crate: pure Rust). A cue is short, so each one is its own connection
//! and stream: connect, play, drain, hang up.

use super::RATE;
use pulseaudio::protocol;
use std::ffi::CString;
use std::io::BufReader;
use std::os::unix::net::UnixStream;

/// Why a cue could not be played.
#[derive(Debug, thiserror::Error)]
pub enum SoundError {
    #[error("no sound server (no PulseAudio or PipeWire pulse socket)")]
    NoServer,
    #[error("the sound server: {0}")]
    Io(#[from] std::io::Error),
    #[error("the sound server: {0}")]
    Protocol(#[from] protocol::ProtocolError),
    #[error("the sound server said: {0:?}")]
    Refused(protocol::PulseError),
}

/// Whether a sound server answers (a handshake, nothing played).
pub fn available() -> Result<(), SoundError> {
    connect().map(|_| ())
}

/// Plays `samples` (mono, [`RATE`]) and returns when the server has played them.
pub fn play(samples: &[i16]) -> Result<(), SoundError> {
    let (mut sock, version) = connect()?;
    protocol::write_command_message(
        sock.get_mut(),
        10,
        &protocol::Command::CreatePlaybackStream(protocol::PlaybackStreamParams {
            sample_spec: protocol::SampleSpec {
                format: protocol::SampleFormat::S16Le,
                channels: 1,
                sample_rate: RATE,
            },
            channel_map: protocol::ChannelMap::mono(),
            cvolume: Some(protocol::ChannelVolume::norm(1)),
            sink_name: Some(protocol::DEFAULT_SINK.to_owned()),
            ..Default::default()
        }),
        version,
    )?;
    let (_, stream) =
        protocol::read_reply_message::<protocol::CreatePlaybackStreamReply>(&mut sock, version)?;
    // A cue is short (under 70 KB), far below the server's default buffer limit (4 MB), so
    // it goes in one piece and the stream drains: no back-and-forth of requests.
    let bytes: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
    protocol::write_memblock(sock.get_mut(), stream.channel, &bytes, 0)?;
    const DRAINED: u32 = 11;
    protocol::write_command_message(
        sock.get_mut(),
        DRAINED,
        &protocol::Command::DrainPlaybackStream(stream.channel),
        version,
    )?;
    loop {
        let (seq, message) = protocol::read_command_message(&mut sock, version)?;
        match message {
            // The server answers the drain once the sink has played it all.
            protocol::Command::Reply if seq == DRAINED => return Ok(()),
            protocol::Command::Error(e) => return Err(SoundError::Refused(e)),
            _ => {}
        }
    }
}

/// Connects and introduces itself; the negotiated protocol version comes back.
fn connect() -> Result<(BufReader<UnixStream>, u16), SoundError> {
    let path = pulseaudio::socket_path_from_env().ok_or(SoundError::NoServer)?;
    let stream = UnixStream::connect(path).map_err(|_| SoundError::NoServer)?;
    let mut sock = BufReader::new(stream);
    let cookie = pulseaudio::cookie_path_from_env()
        .and_then(|path| std::fs::read(path).ok())
        .unwrap_or_default();
    protocol::write_command_message(
        sock.get_mut(),
        0,
        &protocol::Command::Auth(protocol::AuthParams {
            version: protocol::MAX_VERSION,
            supports_shm: false,
            supports_memfd: false,
            cookie,
        }),
        protocol::MAX_VERSION,
    )?;
    let (_, auth) =
        protocol::read_reply_message::<protocol::AuthReply>(&mut sock, protocol::MAX_VERSION)?;
    let version = protocol::MAX_VERSION.min(auth.version);
    let mut props = protocol::Props::new();
    // "knotless" has no NUL byte, so this cannot fail.
    props.set(
        protocol::Prop::ApplicationName,
        CString::new("knotless").unwrap_or_default(),
    );
    props.set(
        protocol::Prop::ApplicationId,
        CString::new(crate::APP_ID).unwrap_or_default(),
    );
    protocol::write_command_message(
        sock.get_mut(),
        1,
        &protocol::Command::SetClientName(props),
        version,
    )?;
    protocol::read_reply_message::<protocol::SetClientNameReply>(&mut sock, version)?;
    Ok((sock, version))
}
