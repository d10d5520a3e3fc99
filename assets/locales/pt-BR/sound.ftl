# Why the break window's sound cues cannot be heard: shown under "Limited" in `status`,
# in the break window and in history. $reason: the sound server's or the system's own words.
sound-no-server = nenhum servidor de som está em execução (PulseAudio, ou PipeWire com pipewire-pulse), então as pausas ficam sem os avisos sonoros
sound-turned-away = o servidor de som recusou o knotless ({ $reason }), então as pausas ficam sem os avisos sonoros
sound-hung-up = o servidor de som encerrou a conexão com o knotless, então as pausas ficam sem os avisos sonoros
sound-io = não é possível falar com o servidor de som ({ $reason }), então as pausas ficam sem os avisos sonoros
sound-not-played = o servidor de som não tocou um aviso ({ $reason })
sound-no-device = nenhum dispositivo de saída de som, então as pausas ficam sem os avisos sonoros
sound-failed = o Windows não conseguiu tocar o aviso
