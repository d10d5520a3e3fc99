# Why the break window's sound cues cannot be heard: shown under "Limited" in `status`,
# in the break window and in history. $reason: the sound server's or the system's own words.
sound-no-server = no hay ningún servidor de sonido en marcha (PulseAudio, o PipeWire con pipewire-pulse), así que las pausas no tendrán sus avisos sonoros
sound-turned-away = el servidor de sonido rechazó a knotless ({ $reason }), así que las pausas no tendrán sus avisos sonoros
sound-hung-up = el servidor de sonido cortó la conexión con knotless, así que las pausas no tendrán sus avisos sonoros
sound-io = no se puede hablar con el servidor de sonido ({ $reason }), así que las pausas no tendrán sus avisos sonoros
sound-not-played = el servidor de sonido no reprodujo un aviso ({ $reason })
sound-no-device = no hay ningún dispositivo de salida de sonido, así que las pausas no tendrán sus avisos sonoros
sound-failed = Windows no pudo reproducir el aviso
