# The guide to the conference and the glossary of words used there.
# Readers: parents and carers, on the "Guide and words" screen; the glossary's first five terms
# also appear on the welcome screen. Many readers are anxious and some do not read easily:
# short sentences, plain words, a kind tone. Describe harm factually and gently, never graphically.

guide-title = Una guía de la reunión
guide-intro = Qué pasa, quién estará allí y qué significan las palabras. Lee tanto o tan poco como quieras.

## Sections of the guide: a title and a few short paragraphs each

guide-who-title = Quién estará allí
guide-who-1 = Tú, y quien quieras traer para que te apoye. Tu hijo también puede venir, si tiene edad suficiente y quiere, o puede dar su opinión de otra manera.
guide-who-2 = El presidente de la reunión (Chair), que la dirige, y una persona que toma nota de lo que se dice.
guide-who-3 = Personas que conocen a tu hijo y a tu familia: normalmente el trabajador social, y a menudo el colegio o la guardería, un enfermero de salud infantil o el enfermero del colegio, tu médico de familia y, a veces, la policía u otros servicios con los que hayas tratado.
guide-who-4 = Todos están allí por el mismo motivo: pensar en cómo conseguir que tu hijo esté seguro y bien.

guide-chair-title = Qué hace el presidente de la reunión
guide-chair-1 = El presidente es quien dirige la reunión. Es una persona independiente: no ha trabajado con tu familia y no es tu trabajador social.
guide-chair-2 = Antes de que empiece la reunión, el presidente suele hablar contigo a solas para explicarte qué va a pasar y escuchar lo que quieres decir.
guide-chair-3 = Durante la reunión, el presidente se asegura de que se escuche a todo el mundo, también a ti.

guide-meeting-title = Cómo es la reunión
guide-meeting-1 = Cada persona dice quién es y por qué está allí.
guide-meeting-2 = Cada persona cuenta lo que va bien para tu hijo y lo que le preocupa. También se habla de los informes que han escrito.
guide-meeting-3 = Puedes responder, corregir lo que esté mal y hacer preguntas. Puedes leer en voz alta lo que hayas preparado, o dárselo al presidente.
guide-meeting-4 = La reunión suele durar entre una y dos horas. Puedes pedir una pausa corta en cualquier momento.

guide-video-title = Reuniones por videollamada o por teléfono
guide-video-1 = Ahora muchas conferencias se hacen por videollamada, o con algunas personas en la sala y otras conectadas por vídeo o por teléfono. Tu invitación debería decir cómo será y darte un enlace de vídeo y un número para entrar por teléfono.
guide-video-2 = Normalmente te piden que entres primero, para que puedas hablar a solas con el presidente antes de que se unan los demás.
guide-video-3 = Conéctate desde una habitación privada, nunca desde un lugar público. Si alguien más se ve o se oye en tu habitación, el presidente puede tener que sacarlo de la llamada. Tus hijos no deberían poder oír.
guide-video-4 = El presidente pregunta a cada persona por turnos, y tú puedes responder después de cada una. Si no entiendes algo, o necesitas una pausa, díselo al presidente.

guide-decide-title = Qué puede decidir la reunión
guide-decide-1 = La reunión decide si tu hijo necesita un Plan de Protección Infantil (Child Protection Plan). Esto ocurre cuando las personas presentes creen que tu hijo ha sufrido, o es probable que sufra, un daño significativo (significant harm).
guide-decide-2 = Si hay un plan, la reunión también dice de qué tipo de daño se trata sobre todo: maltrato físico (physical abuse), maltrato emocional (emotional abuse), abuso sexual (sexual abuse) o negligencia (neglect).
guide-decide-3 = Si no hace falta un Plan de Protección Infantil, la reunión puede proponer un Plan de Niño con Necesidades (Child in Need plan), otro tipo de ayuda para tu familia, o ningún plan.
guide-decide-4 = La reunión no decide dónde vive tu hijo, y no es un tribunal.

guide-core-group-title = El grupo central
guide-core-group-1 = Si hay un Plan de Protección Infantil, un grupo pequeño se reúne para ponerlo en marcha. Se llama grupo central (core group). Tú formas parte de él, junto con el trabajador social y algunas otras personas que conocen a tu hijo.
guide-core-group-2 = El grupo central se reúne por primera vez en un plazo de 10 días laborables después de la reunión de protección, y luego con regularidad, para ver cómo van las cosas y qué ayuda hace falta.

guide-after-title = Después de la reunión
guide-after-1 = Te deben decir lo que se ha decidido en un plazo de un día laborable. Más tarde recibirás las notas escritas de la reunión (el acta, en inglés «minutes»). Revísalas y dile al presidente si hay algo que no está bien.
guide-after-2 = Si hay un plan, una reunión de revisión (review conference) ve cómo va en un plazo de 3 meses, y luego al menos cada 6 meses, mientras dure el plan.
guide-after-3 = El plan termina cuando una reunión decide que tu hijo ya no lo necesita.

guide-rights-title = Cosas que puedes pedir
guide-rights-1 = Venir con alguien: un amigo, un familiar o un defensor (advocate).
guide-rights-2 = Un intérprete (interpreter), si prefieres hablar en tu idioma. Pídeselo al trabajador social antes de la reunión.
guide-rights-3 = Ver los informes antes de la reunión, para tener tiempo de leerlos.
guide-rights-4 = Hablar a solas con el presidente, y hacer una pausa durante la reunión.

guide-complain-title = Si no estás conforme
guide-complain-1 = Si no estás conforme con cómo fue la reunión, o con lo que se decidió, díselo primero al presidente o al trabajador social. Puede que ellos puedan arreglarlo.
guide-complain-2 = Si eso no ayuda, todos los ayuntamientos (council) tienen un procedimiento de quejas para estas reuniones. Pídeselo a tu trabajador social o al ayuntamiento. Un defensor puede ayudarte a presentar una queja.

guide-private-title = Mantener tus borradores en privado
guide-private-1 = Si alguien entra en la habitación, pulsa «Ocultar» en la parte de arriba de la pantalla. La pantalla se queda en blanco al instante y tus borradores se bloquean.
guide-private-2 = Pulsar la tecla Esc dos veces, o la tecla Mayús (Shift) tres veces, rápido y sin ninguna otra tecla en medio, hace lo mismo. Escribir nunca lo hace: cualquier otra tecla, como una letra o el tabulador, vuelve a empezar la cuenta.
guide-private-3 = Para seguir, pulsa «Continuar» en la pantalla en blanco y luego desbloquea tus borradores.

ready-video-title = Prepararte para una reunión por videollamada
ready-phone-title = Prepararte para una reunión por teléfono
ready-intro = Marca cada punto cuando esté hecho. Lo que marques se guarda con tu borrador.
ready-private-room = Busca una habitación privada donde tus hijos y otras personas no puedan oír la reunión.
ready-headphones = Usa auriculares, para que nadie cerca de ti oiga lo que dicen los demás.
ready-device-charged = Carga el teléfono, la tableta o el ordenador el día antes, y ten el cargador cerca.
ready-phone-charged = Carga el teléfono el día antes, y ten el cargador cerca.
ready-link-tested = Prueba el enlace de vídeo de tu invitación el día antes, en el aparato que vas a usar.
ready-number-tested = El día antes, comprueba que tienes el número al que llamar y el código de tu invitación, si lo hay.
ready-camera = Comprueba que la cámara y el micrófono funcionan, y siéntate donde el presidente pueda verte la cara.
ready-contribution-at-hand = Ten tu aportación impresa, o abierta en otro aparato, para poder leerla.
ready-call-drops = Antes del día, pide a tu trabajador social un número de teléfono al que llamar si se corta la llamada.
ready-muted = Ten el micrófono silenciado cuando no hables, y actívalo cuando quieras decir algo.
ready-break = Recuerda que puedes pedir al presidente una pausa en cualquier momento.
ready-interpreter = Si necesitas intérprete, también puede unirse a la llamada. Pide a tu trabajador social que lo organice.

## The glossary: each term's name and what it means

glossary-title = Palabras que puedes oír
glossary-chair-name = Presidente de la reunión (Chair)
glossary-chair-meaning = La persona que dirige la reunión. Es independiente: no ha trabajado antes con tu familia.
glossary-coordinator-name = Coordinador de protección infantil (Child protection coordinator)
glossary-coordinator-meaning = La persona del ayuntamiento que organiza las reuniones y se asegura de que se hagan a tiempo. En algunos ayuntamientos, este trabajo lo hace el presidente de la reunión.
glossary-plan-name = Plan de Protección Infantil (Child Protection Plan)
glossary-plan-meaning = Un plan escrito con lo que tiene que cambiar para que un niño esté seguro, quién va a ayudar y para cuándo. Se revisa en las reuniones de revisión.
glossary-child-in-need-name = Plan de Niño con Necesidades (Child in Need plan)
glossary-child-in-need-meaning = Un plan de ayuda y apoyo para un niño y su familia. La reunión puede proponerlo cuando no hace falta un Plan de Protección Infantil.
glossary-core-group-name = Grupo central (Core group)
glossary-core-group-meaning = Un grupo pequeño que se reúne después de la reunión de protección para poner en marcha el Plan de Protección Infantil. Tú formas parte de él, junto con el trabajador social y algunas otras personas que conocen a tu hijo.
glossary-significant-harm-name = Daño significativo (Significant harm)
glossary-significant-harm-meaning = Las palabras que usa la ley para un daño grave a la salud o al desarrollo de un niño. La reunión piensa si un niño ha sufrido un daño así, o si podría sufrirlo.
glossary-physical-abuse-name = Maltrato físico (Physical abuse)
glossary-physical-abuse-meaning = Cuando alguien hace daño a un niño a propósito, o es probable que se lo haga, por ejemplo pegándole o zarandeándolo.
glossary-emotional-abuse-name = Maltrato emocional (Emotional abuse)
glossary-emotional-abuse-meaning = Cuando la forma en que se trata a un niño, una y otra vez, daña cómo se siente consigo mismo o cómo crece. Puede incluir que un niño vea u oiga violencia en casa.
glossary-sexual-abuse-name = Abuso sexual (Sexual abuse)
glossary-sexual-abuse-meaning = Cuando se mete a un niño en actividades sexuales, o se le enseña material sexual, entienda o no lo que está pasando.
glossary-neglect-name = Negligencia (Neglect)
glossary-neglect-meaning = Cuando las necesidades básicas de un niño no se cubren durante un tiempo: por ejemplo comida, abrigo, un hogar seguro, atención médica, o cuidado y atención.
glossary-advocate-name = Defensor (Advocate)
glossary-advocate-meaning = Alguien que no trabaja para el ayuntamiento y está de tu parte, o de parte de tu hijo. Te ayuda a decir lo que piensas y a entender lo que está pasando.
glossary-interpreter-name = Intérprete (Interpreter)
glossary-interpreter-meaning = Una persona formada que pasa lo que se dice a tu idioma, y lo que tú dices al inglés, sin añadir sus propias opiniones.
glossary-review-conference-name = Reunión de revisión (Review conference)
glossary-review-conference-meaning = Una reunión posterior que ve cómo va el Plan de Protección Infantil y decide si todavía hace falta.
glossary-strategy-discussion-name = Reunión de estrategia (Strategy discussion)
glossary-strategy-discussion-meaning = Una reunión o llamada entre el trabajador social, la policía, el personal sanitario y otras personas, que se hace cuando hay una preocupación por un niño, para decidir qué hacer a continuación.
glossary-section-47-name = Investigación de la Sección 47 (Section 47 enquiry)
glossary-section-47-meaning = Cuando el ayuntamiento averigua si un niño está sufriendo, o es probable que sufra, un daño significativo. Su nombre viene de una parte de la Ley de la Infancia de 1989 (Children Act 1989). Si se confirman las preocupaciones, se celebra una reunión de protección.
