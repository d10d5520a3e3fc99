# Las líneas de seguridad, palabra por palabra en cada idioma. Un ejercicio cuya advertencia en
# inglés contiene una de ellas lleva la línea de este idioma en la misma advertencia, palabra por
# palabra (`knotless exercises check` las compara). Conserva exactamente el sentido de cada línea;
# en caso de duda, elige la formulación más segura.

# Todo automasaje: presión suave, nunca hasta el dolor; detenerse ante entumecimiento u hormigueo.
safety-massage = Solo presión suave: nunca presiones hasta el punto de sentir dolor. Detente si notas entumecimiento u hormigueo.
# Todo automasaje: la primera precaución de los artículos de referencia.
safety-provider = Si tienes problemas circulatorios, problemas nerviosos o una lesión grave, consulta a un profesional de la salud antes de hacer automasaje.
# Todo estiramiento o ejercicio para el cuello: cuándo detenerse.
safety-neck = Detente si te mareas o sientes hormigueo en un brazo.
# Todo estiramiento: suave, nunca forzado ni con rebotes.
safety-stretch = Un estiramiento debe sentirse suave. Nunca lo fuerces ni hagas rebotes.
