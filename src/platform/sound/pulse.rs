//! Playing samples through the user's sound server over the PulseAudio native protocol
//! (the `pulseaudio` crate: pure Rust). A cue is short, so each one is its own connection
//! and stream: connect, play, drain, hang up.

use super::RATE;
use pulseaudio::protocol;
use std::ffi::CString;
use std::io::BufReader;
use std::os::unix::net::UnixStream;

/// Why a cue could not be played, as sentences for the user (the break window prints them
/// and `status` shows them under "Limited").
#[derive(Debug, thiserror::Error)]
pub enum SoundError {
    #[error(
        "no sound server is running (PulseAudio, or PipeWire with pipewire-pulse), so \
         breaks run without their sound cues"
    )]
    NoServer,
    #[error("the sound server turned knotless away ({0}), so breaks run without their sound cues")]
    TurnedAway(String),
    #[error("the sound server hung up on knotless, so breaks run without their sound cues")]
    HungUp,
    #[error("cannot talk to the sound server ({0}), so breaks run without their sound cues")]
    Io(std::io::Error),
    #[error("the sound server would not play a cue ({0})")]
    NotPlayed(String),
}

impl SoundError {
    /// The reason in the language shown (`Display` stays English, for the log).
    pub fn for_people(&self) -> String {
        use knotless_i18n::t;
        match self {
            SoundError::NoServer => t!("sound-no-server"),
            SoundError::TurnedAway(reason) => t!("sound-turned-away", reason = reason.as_str()),
            SoundError::HungUp => t!("sound-hung-up"),
            SoundError::Io(e) => t!("sound-io", reason = e.to_string()),
            SoundError::NotPlayed(reason) => t!("sound-not-played", reason = reason.as_str()),
        }
    }
}

impl From<std::io::Error> for SoundError {
    fn from(e: std::io::Error) -> SoundError {
        match e.kind() {
            std::io::ErrorKind::UnexpectedEof
            | std::io::ErrorKind::BrokenPipe
            | std::io::ErrorKind::ConnectionReset => SoundError::HungUp,
            _ => SoundError::Io(e),
        }
    }
}

/// An error while introducing itself: the server turned knotless away (or hung up).
fn in_handshake(e: protocol::ProtocolError) -> SoundError {
    match e {
        protocol::ProtocolError::Io(e) => e.into(),
        protocol::ProtocolError::ServerError(e) => SoundError::TurnedAway(describe(e)),
        other => SoundError::TurnedAway(other.to_string()),
    }
}

/// An error while playing.
fn in_playing(e: protocol::ProtocolError) -> SoundError {
    match e {
        protocol::ProtocolError::Io(e) => e.into(),
        protocol::ProtocolError::ServerError(e) => SoundError::NotPlayed(describe(e)),
        other => SoundError::NotPlayed(other.to_string()),
    }
}

/// What the server's error code means, in a few words.
fn describe(e: protocol::PulseError) -> String {
    use protocol::PulseError as E;
    match e {
        E::AccessDenied | E::AuthKey => "access denied: its cookie does not match".into(),
        E::Invalid => "it found knotless's request invalid".into(),
        E::NoEntity => "no such sound device".into(),
        E::Version => "its protocol version is not one knotless speaks".into(),
        E::ConnectionRefused | E::ConnectionTerminated => "the connection was closed".into(),
        other => format!("{other:?}").to_lowercase(),
    }
}

/// Whether a sound server answers (a handshake, nothing played).
pub fn available() -> Result<(), SoundError> {
    connect().map(|_| ())
}

/// Plays `samples` (mono, [`RATE`]) and returns when the server has played them.
pub fn play(samples: &[i16]) -> Result<(), SoundError> {
    let (mut sock, version) = connect()?;
    stream(&mut sock, version, samples).map_err(in_playing)
}

/// Creates the playback stream, writes `samples` and waits for the drain.
fn stream(
    sock: &mut BufReader<UnixStream>,
    version: u16,
    samples: &[i16],
) -> Result<(), protocol::ProtocolError> {
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
        protocol::read_reply_message::<protocol::CreatePlaybackStreamReply>(sock, version)?;
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
        let (seq, message) = protocol::read_command_message(sock, version)?;
        match message {
            // The server answers the drain once the sink has played it all.
            protocol::Command::Reply if seq == DRAINED => return Ok(()),
            protocol::Command::Error(e) => return Err(protocol::ProtocolError::ServerError(e)),
            _ => {}
        }
    }
}

/// Connects and introduces itself; the negotiated protocol version comes back.
fn connect() -> Result<(BufReader<UnixStream>, u16), SoundError> {
    let path = pulseaudio::socket_path_from_env().ok_or(SoundError::NoServer)?;
    let stream = UnixStream::connect(path).map_err(|_| SoundError::NoServer)?;
    pass_credentials(&stream);
    let mut sock = BufReader::new(stream);
    let version = introduce(&mut sock).map_err(in_handshake)?;
    Ok((sock, version))
}

/// Has the kernel attach knotless's user to what it sends, as libpulse sends its credentials
/// with AUTH: a server of the same user then lets it in whatever the cookie. PulseAudio asks
/// for credentials on its side only after it accepted the connection, so without this an
/// AUTH sent at once raced it and was judged by the cookie alone (seen: the first cue of a
/// break refused as "access denied", later ones played).
#[cfg(target_os = "linux")]
fn pass_credentials(stream: &UnixStream) {
    if let Err(e) = rustix::net::sockopt::set_socket_passcred(stream, true) {
        tracing::debug!("sound: cannot pass credentials ({e}); the cookie alone must do");
    }
}

#[cfg(not(target_os = "linux"))]
fn pass_credentials(_stream: &UnixStream) {}

/// Authenticates (with the cookie libpulse would send) and names the client.
fn introduce(sock: &mut BufReader<UnixStream>) -> Result<u16, protocol::ProtocolError> {
    let cookie = super::cookie::from_env();
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
        protocol::read_reply_message::<protocol::AuthReply>(sock, protocol::MAX_VERSION)?;
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
    protocol::read_reply_message::<protocol::SetClientNameReply>(sock, version)?;
    Ok(version)
}
