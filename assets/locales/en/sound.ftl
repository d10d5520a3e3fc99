# Why the break window's sound cues cannot be heard: shown under "Limited" in `status`,
# in the break window and in history. $reason: the sound server's or the system's own words.
sound-no-server = no sound server is running (PulseAudio, or PipeWire with pipewire-pulse), so breaks run without their sound cues
sound-turned-away = the sound server turned knotless away ({ $reason }), so breaks run without their sound cues
sound-hung-up = the sound server hung up on knotless, so breaks run without their sound cues
sound-io = cannot talk to the sound server ({ $reason }), so breaks run without their sound cues
sound-not-played = the sound server would not play a cue ({ $reason })
sound-no-device = no sound output device, so breaks run without their sound cues
sound-failed = Windows could not play the cue
