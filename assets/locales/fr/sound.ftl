# Why the break window's sound cues cannot be heard: shown under "Limited" in `status`,
# in the break window and in history. $reason: the sound server's or the system's own words.
sound-no-server = aucun serveur de son ne tourne (PulseAudio, ou PipeWire avec pipewire-pulse) : les pauses se déroulent donc sans leurs signaux sonores
sound-turned-away = le serveur de son a refusé knotless ({ $reason }) : les pauses se déroulent donc sans leurs signaux sonores
sound-hung-up = le serveur de son a coupé la connexion avec knotless : les pauses se déroulent donc sans leurs signaux sonores
sound-io = impossible de communiquer avec le serveur de son ({ $reason }) : les pauses se déroulent donc sans leurs signaux sonores
sound-not-played = le serveur de son n’a pas joué un signal ({ $reason })
sound-no-device = aucun périphérique de sortie audio : les pauses se déroulent donc sans leurs signaux sonores
sound-failed = Windows n’a pas pu jouer le signal
