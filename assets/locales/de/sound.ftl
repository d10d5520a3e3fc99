# Why the break window's sound cues cannot be heard: shown under "Limited" in `status`,
# in the break window and in history. $reason: the sound server's or the system's own words.
sound-no-server = kein Soundserver läuft (PulseAudio oder PipeWire mit pipewire-pulse), daher laufen Pausen ohne ihre Töne
sound-turned-away = der Soundserver hat knotless abgewiesen ({ $reason }), daher laufen Pausen ohne ihre Töne
sound-hung-up = der Soundserver hat die Verbindung zu knotless beendet, daher laufen Pausen ohne ihre Töne
sound-io = keine Verbindung zum Soundserver ({ $reason }), daher laufen Pausen ohne ihre Töne
sound-not-played = der Soundserver hat einen Ton nicht abgespielt ({ $reason })
sound-no-device = kein Audio-Ausgabegerät, daher laufen Pausen ohne ihre Töne
sound-failed = Windows konnte den Ton nicht abspielen
