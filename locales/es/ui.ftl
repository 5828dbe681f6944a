# Words on the app's screens. Every message here is shown as it is, with no variables.
# Readers: parents and carers at home, often worried, some who do not read easily.
# Keep sentences short and kind; never sound like an official letter.

## Everywhere

# The window title and the name at the top of every screen.
app-name = Family Voice
# One line under the app's name in the computer's list of programs and in software centres,
# before it is installed (the .desktop entry and the AppStream metainfo, written by ./dev package).
app-summary = Prepárate para la reunión de protección infantil
# Button that goes to the screen before. On every screen but the first.
nav-back = Atrás
# Button that goes to the next screen. Questions may be left blank, so this never says "skip".
nav-next = Siguiente
# Title of the box at the top of a page when some answers need another look.
error-summary-title = Por favor, revisa estas respuestas
# Reminder under the progress line on every part.
part-blank-ok = Puedes dejar cualquier pregunta en blanco y volver a ella más tarde.

## Welcome screen

# Above the list of languages on the first screen. Each language is named in itself.
language-label = Idioma

welcome-title = Prepárate para la reunión de protección infantil
welcome-lead = Esta aplicación te ayuda a pensar qué quieres decir en la reunión, y a hacer una página para imprimirla y llevarla contigo.
welcome-what-heading = ¿Qué es una reunión de protección infantil?
welcome-what-1 = Es una reunión sobre tu hijo. Tú y las personas que trabajan con tu familia, como el trabajador social, los profesores, el enfermero de salud infantil o el médico, os reunís para hablar de cómo conseguir que tu hijo esté seguro y bien.
welcome-what-2 = En la reunión se decide si tu hijo necesita un Plan de Protección Infantil. Es un plan escrito con lo que tiene que pasar para que tu hijo esté seguro, y con quién va a ayudar.
welcome-what-3 = La reunión no decide dónde vive tu hijo. No es un tribunal.
welcome-voice-heading = Tu opinión importa
welcome-voice-1 = Te invitan a la reunión para que digas lo que piensas. Nadie conoce a tu hijo mejor que tú.
welcome-voice-2 = Puedes traer a alguien para que te apoye, como un amigo, un familiar o un defensor.
welcome-how-heading = Cómo funciona esta aplicación
welcome-how-1 = Primero nos cuentas un poco sobre ti y sobre la reunión. Después hay seis partes cortas, cada una con unas pocas preguntas.
welcome-how-2 = Al final puedes volver a leerlo todo y hacer un PDF para imprimir.
welcome-how-3 = Todo se queda en este ordenador. No se envía nada por internet.
welcome-how-4 = Tus respuestas se guardan automáticamente mientras escribes. Quedan protegidas en este ordenador para que solo tú puedas abrirlas.
# The button that starts a new contribution, under the box for its name.
welcome-start = Empezar
# Under the few words explained on the welcome screen.
welcome-more-words = Más palabras y una guía de la reunión

## About you and the conference (the practical page)

about-title = Sobre ti y la reunión
about-intro = Esto ayuda a las personas de la reunión a saber quién ha escrito esto. Rellena lo que puedas. Puedes dejar en blanco cualquier pregunta.
about-you-heading = Sobre ti
about-name-label = Tu nombre
about-relationship-label = ¿Qué relación tienes con el niño o los niños?
about-relationship-hint = Por ejemplo: madre, padre, abuela o abuelo, padrastro o madrastra, o familia de acogida.
about-children-heading = Los niños
about-children-hint = Escribe el nombre de cada niño. Añade su edad o su fecha de nacimiento, lo que te resulte más fácil.
about-child-name-label = Nombre
about-child-age-label = Edad
about-child-birth-label = Fecha de nacimiento
about-child-add = Añadir otro niño o niña
about-child-remove = Quitar de la lista
about-conference-heading = La reunión
about-date-label = Fecha
about-time-label = Hora de inicio
about-kind-label = ¿Qué reunión es?
about-kind-initial = La primera reunión (se llama reunión inicial)
about-kind-review = Una reunión de revisión, cuando ya hay un plan
about-unsure = No lo sé
about-format-label = ¿Cómo va a ser?
about-format-in-person = En una sala, todos juntos
about-format-video = Por videollamada
about-format-mixed = Una mezcla de las dos cosas
about-format-phone = Por teléfono
about-social-worker-label = Nombre de tu trabajador social
about-helper-heading = Ayuda con este formulario
about-helper-label = ¿Te ha ayudado alguien a rellenarlo?
about-helper-nobody = No, lo he hecho sin ayuda
about-helper-supporter = Un amigo o familiar
about-helper-advocate = Un defensor
about-helper-social-worker = Un trabajador social
about-helper-interpreter = Un intérprete
about-helper-name-label = Su nombre
about-interpreter-label = ¿Necesitas intérprete en la reunión?
about-interpreter-no = No
about-interpreter-yes = Sí
about-interpreter-language-label = ¿Para qué idioma?
about-access-label = ¿Hay algo que te ayudaría a participar en la reunión?
about-access-hint = Por ejemplo: acceso sin escalones, letra grande, un bucle magnético para audífonos, pausas, o una sala tranquila para esperar.

## Check your answers

check-title = Revisa tus respuestas
check-intro = Lee lo que has escrito. Puedes cambiar lo que quieras antes de hacer tu PDF.
# Button beside each part that goes back to it.
check-change = Cambiar
check-not-answered = Sin respuesta
check-make-pdf = Hacer mi PDF
check-pdf-note = Podrás elegir dónde guardarlo. Después puedes imprimirlo, o dárselo al presidente de la reunión o a tu trabajador social.
status-making-pdf = Haciendo tu PDF…
status-cancelled = No has elegido dónde guardar tu PDF, así que no se ha guardado. Puedes volver a intentarlo.

## Your PDF is ready

done-title = Tu PDF está listo
done-saved = Se ha guardado como:
done-open = Abrir mi PDF
done-back = Volver a mis respuestas
done-bring = Imprímelo y llévalo a la reunión, o envíaselo al presidente de la reunión o a tu trabajador social antes de la reunión. Todavía puedes cambiar tus respuestas y hacer uno nuevo.
# Button on the "Your PDF is ready" screen that opens the notes to hold at the conference.
done-notes = Preparar mis notas para el día

## Problems

# Shown when something failed that the family can do nothing about but try again.
error-unexpected = Algo ha salido mal. Lo que has escrito sigue aquí. Por favor, vuelve a intentarlo.

## Buttons at the top of every screen

nav-timeline = Qué pasa y cuándo
nav-guide = Guía y palabras
# Above the links to the glossary on a part's screen.
part-words = Palabras de esta página

## What happens when (the timeline screen; its steps come from timeline.ftl)

timeline-no-date = Añade la fecha de tu reunión en la página «Sobre ti», y tus fechas aparecerán aquí.
timeline-add-date = Añadir la fecha
timeline-reports-days-label = ¿Cuántos días laborables antes de la reunión deberían llegarte los informes?
timeline-reports-days-hint = La mayoría de los ayuntamientos dicen 2 para una primera reunión y 5 para una revisión. Cada ayuntamiento es distinto, así que confírmalo con tu trabajador social.
timeline-chair-minutes-label = ¿Cuántos minutos antes de la conferencia se reúne contigo el presidente?
timeline-chair-minutes-hint = Muchos ayuntamientos dicen 30 minutos; algunos, 15 o una hora. Puede que lo diga tu invitación; si no, pregunta a tu trabajador social.
timeline-calendar-heading = Añade las fechas a tu calendario
timeline-calendar-intro = Esto guarda un archivo que puede abrir tu móvil, Outlook u otro calendario. Los eventos solo dicen lo que pasa, no de quién se trata.
timeline-calendar-names = Añadir el nombre de mis hijos a los eventos
timeline-calendar-save = Guardar el archivo del calendario
timeline-calendar-saved = El archivo del calendario se ha guardado como:
status-calendar-cancelled = No has elegido dónde guardar el archivo del calendario, así que no se ha guardado.

## Your drafts (the start screen)

drafts-heading = Tus borradores
drafts-intro = Las respuestas de cada persona se guardan en un borrador aparte. Sigue con uno, o empieza uno nuevo.
drafts-none = Todavía no hay borradores en este ordenador.
drafts-open = Seguir
drafts-rename = Cambiar el nombre
drafts-rename-label = Nombre nuevo
drafts-rename-save = Guardar el nombre
drafts-cancel = Cancelar
drafts-delete = Eliminar
# Asked once, beside the draft, after "Delete". Followed by the two buttons below.
drafts-delete-confirm = ¿Eliminar este borrador? Todo lo que contiene, y todas las copias que ha guardado la aplicación, desaparecerán para siempre.
drafts-delete-yes = Sí, eliminarlo
drafts-delete-no = No, conservarlo
# Above the files in the drafts folder that do not open.
drafts-unreadable-heading = Archivos que no se han podido abrir
drafts-new-heading = Empezar una nueva aportación
drafts-new-label = ¿Qué nombre le ponemos?
drafts-new-hint = Por ejemplo: «Mamá — reunión inicial, 3 de diciembre». Puedes dejarlo en blanco y cambiarlo más tarde.
# Spare passphrase, on the start screen when the drafts are open.
drafts-spare-heading = Añadir una frase secreta de reserva
drafts-spare-intro = Tus borradores se desbloquean con el almacén de contraseñas de este ordenador. Una frase secreta de reserva es una segunda forma de entrar, por si algún día no se puede usar el almacén de contraseñas. Apúntala en un lugar seguro.
drafts-spare-saved = Ya tienes una frase secreta de reserva.
drafts-spare-save = Guardar la frase secreta

## Saving, at the top of every screen

save-saving = Guardando…
save-saved = Guardado
# After the reason a save failed (for example a full disk), when the family pressed Lock, Hide
# or My drafts, or the app was about to lock itself: the draft is kept open so that nothing
# typed is lost, and saves by itself once it can.
save-kept-open = Para que no se pierda nada, este borrador seguirá abierto hasta que se guarden tus últimos cambios.
# After the reason a save failed, when the family closed the window: it stayed open this once,
# and closing it again closes it.
save-close-again = Para que no se pierda nada, la aplicación sigue abierta. Si aun así quieres cerrarla sin tus últimos cambios, ciérrala otra vez.
# Button at the top of every screen when only the passphrase opens the drafts: locks them and
# clears the screen.
nav-lock = Bloquear
# The same button when the drafts open without a passphrase on this computer account: it closes
# them and clears the screen, but does not promise a lock that anyone on the account can open.
nav-lock-keychain = Cerrar borradores
# Button at the top of every screen: blanks the window at once and locks the drafts, for when
# someone comes into the room. Pressing Escape twice or Shift three times does the same.
nav-hide = Ocultar
# The only thing on the blank screen shown after "Hide". Deliberately plain, so the screen
# gives nothing away; it leads to the locked screen, never back to the draft.
cover-continue = Continuar
nav-drafts = Mis borradores

## Locked, and other ways in

locked-title = Tus borradores están bloqueados
locked-intro = La aplicación ha bloqueado tus borradores para que sigan siendo privados. Nadie puede leerlos hasta que se desbloqueen.
locked-intro-keychain = Tus borradores se han cerrado y la pantalla se ha vaciado. En esta cuenta del ordenador se abren sin frase secreta, así que cualquier persona que pueda usar esta cuenta puede volver a abrirlos con el botón de abajo.
locked-unlock = Desbloquear
locked-try-again = Volver a intentarlo
passphrase-label = Frase secreta
passphrase-again-label = Vuelve a escribir la frase secreta
passphrase-mismatch = Las dos frases secretas no son iguales. Por favor, vuelve a escribirlas.
passphrase-unlock = Desbloquear con mi frase secreta
# Under the passphrase box while a new passphrase is typed: how easy it would be to guess.
passphrase-strength-easy = Fácil de adivinar. Añade algunas palabras más que solo tú pondrías juntas.
passphrase-strength-fair = Aceptable. Con una o dos palabras más sería mucho más difícil de adivinar.
passphrase-strength-hard = Difícil de adivinar. Muy bien.
choose-title = Elige una frase secreta
choose-intro = Una frase secreta es como una contraseña, pero más larga: funciona bien una frase corta que vayas a recordar. La necesitarás cada vez que abras tus borradores. A continuación recibirás un código de recuperación. Si olvidas tu frase secreta, solo ese código podrá abrir tus borradores: nadie más, ni siquiera Family Voice, podrá recuperarlos por ti.
choose-save = Usar esta frase secreta
lost-title = No se pueden abrir tus borradores
lost-start-again = Empezar de nuevo
# Asked once after "Start again". Followed by the two buttons below.
lost-confirm = Si empiezas de nuevo, los borradores que no se pueden abrir se guardan aparte, en una carpeta propia, y tendrás una lista nueva y vacía. No se elimina nada.
lost-confirm-yes = Sí, guardarlos aparte y empezar de nuevo
lost-confirm-no = No, volver
failed-title = No se han podido abrir tus borradores

## The recovery code, shown once after a passphrase is chosen

recovery-title = Tu código de recuperación
recovery-intro = Si algún día olvidas tu frase secreta, este código abrirá tus borradores en su lugar. Solo se muestra esta vez.
recovery-keep = Apúntalo, o guarda la hoja de recuperación e imprímela. Guárdalo en un lugar seguro, lejos de este ordenador: cualquier persona que lo tenga puede abrir tus borradores.
recovery-save = Guardar la hoja de recuperación para imprimirla
# After "It was saved as:" and the file's name.
recovery-saved-note = Imprímela, guarda el papel en un lugar seguro y después borra el archivo de este ordenador.
recovery-done = Ya lo tengo a salvo. Continuar
# On the locked screen: opens the way in with the recovery code.
locked-forgot = He olvidado mi frase secreta
locked-forgot-intro = Escribe el código de tu hoja de recuperación y después elige una frase secreta nueva. Tus borradores se abrirán, y a partir de entonces se abrirán con la frase secreta nueva.
recovery-code-label = Código de recuperación
recovery-new-save = Abrir mis borradores con la frase secreta nueva

## The very first start: how the drafts will open

first-title = ¿Cómo quieres que se abran tus borradores?
first-intro = Todo lo que escribas aquí se guarda bloqueado en este ordenador. Elige cómo se abre. Puedes cambiarlo más adelante sin perder nada.
first-passphrase = Pedir mi frase secreta cada vez
# Under the button above. Says why it is recommended.
first-passphrase-why = Es lo recomendado, porque puede que otras personas usen este ordenador. Solo quien sepa tu frase secreta podrá abrir tus borradores, incluso en tu propia cuenta del ordenador.
first-keychain = Abrir sin preguntar en esta cuenta del ordenador
# Under the button above. Says plainly who can then open the drafts.
first-keychain-why = No necesitarás frase secreta. Pero cualquier persona que pueda usar esta cuenta del ordenador podrá abrir tus borradores, y también los programas que funcionan en ella.

## How the drafts open, on the start screen (can be changed)

way-heading = Cómo se abren tus borradores
way-keychain-now = Tus borradores se abren sin frase secreta en esta cuenta del ordenador. Cualquier persona que pueda usar esta cuenta puede abrirlos.
way-to-passphrase-intro = Para protegerlos de otras personas que usan esta cuenta, elige una frase secreta. A partir de entonces se te pedirá cada vez.
way-to-passphrase = Pedir mi frase secreta cada vez
way-passphrase-now = Tus borradores te piden tu frase secreta cada vez que se abren.
way-to-keychain-intro = Para que se abran sin frase secreta en esta cuenta del ordenador, escribe tu frase secreta una vez más. Desde ese momento, cualquier persona que pueda usar esta cuenta podrá abrirlos.
way-to-keychain = Abrir sin preguntar en esta cuenta del ordenador
# After either change above.
way-changed = Hecho. Todos tus borradores siguen aquí.

## While the computer's password store is being asked for the drafts' key

asking-title = Abriendo tus borradores
# Shown while the computer puts up its own box asking for its password (the "keyring"), which
# can take a while. Written so that a family knows the box is the computer's, not a trick.
asking-intro = Tu ordenador te está pidiendo la contraseña de su almacén de contraseñas… Esta ventana es del propio ordenador, no de Family Voice. Escribe ahí la contraseña de tu ordenador y tus borradores se abrirán.
# Shown under the message above, only when the drafts also have a passphrase.
asking-passphrase-intro = O, si lo prefieres, desbloquéalos con tu frase secreta de Family Voice:

## Delete everything (at the foot of the start screens)

erase-heading = Eliminar todo de este ordenador
# Says exactly what goes, so nobody is surprised, and that it cannot be undone.
erase-intro = Esto quita todo lo que Family Voice guarda en este ordenador: todos los borradores, todas sus copias, la llave que los abre, las revisiones de las traducciones hechas por intérpretes y tus ajustes. No se puede deshacer. La aplicación se cierra al terminar. Los PDF que hayas guardado tú en otro sitio no se tocan.
# Above the box. The word to type follows on its own line.
erase-confirm-label = Para asegurarnos, escribe esta palabra en el cuadro:
# The word the family must type to confirm. Use an ordinary word of your language that means
# "delete", easy to type on a keyboard for your language.
erase-confirm-word = borrar
erase-button = Eliminar todo ahora
# Under the box, when what was typed is not the word above.
erase-not-confirmed = No se ha eliminado nada. Para eliminar todo, escribe exactamente la palabra que aparece arriba.
# Under the box, when the drafts were deleted but a folder of the app's other files could not be removed
# (another program was still writing in it). Read by a parent who has just deleted everything.
erase-incomplete = Tus borradores y su clave se han eliminado, pero todavía no se han podido quitar algunos otros archivos de la aplicación. Cierra Family Voice, vuelve a abrirla y elige «Eliminar todo» otra vez.

## Read aloud (beside each question, guide paragraph and child's question)

# Small button that reads the words beside it aloud, through the computer's own voice.
read-aloud = Leer en voz alta
# The same button while it is reading: stops the reading at once.
read-aloud-stop = Parar
# Shown once on a screen instead of the buttons, when the computer has no voice for the
# screens' language (Somali, on most computers).
read-aloud-no-voice = Este ordenador no tiene una voz que pueda leer este idioma en voz alta.
# Shown when the computer's voice failed to read the words.
read-aloud-failed = No se ha podido leer en voz alta. Inténtelo de nuevo.

# After the conference: the categories of harm a Child Protection Plan is made under in England.
outcome-category-physical = Maltrato físico
outcome-category-emotional = Maltrato emocional
outcome-category-sexual = Abuso sexual
outcome-category-neglect = Negligencia
# On a review conference's draft, above the answer the family gave to the same question last time.
last-time-said = La última vez usted dijo:
# Under the last answer: a prompt to think about what is different now.
last-time-changed = ¿Qué ha cambiado desde entonces? ¿Sigue siendo verdad?
# A button beside a parent's draft on the start screen: it starts a new draft for the review conference from it, and the old one stays as it was.
drafts-prepare-review = Prepararse para la conferencia de revisión
## After the conference: a part of the timeline screen where the family writes down what was decided.
# Heading.
outcome-title = Después de la conferencia
# Under the heading.
outcome-intro = Cuando termine la conferencia, anote lo que se decidió. Así la línea de tiempo mostrará las fechas que le dieron.
# A question with three answers below it.
outcome-plan-label = ¿Decidió la conferencia hacer un Plan de Protección Infantil?
outcome-plan-yes = Sí, hay un plan
outcome-plan-no = No hay plan
outcome-plan-unsure = No estoy seguro/a
# Above four boxes to tick, each with a category of harm and a plain sentence saying what it means.
outcome-categories-label = ¿Qué tipo de daño dijeron? Puede marcar más de uno.
outcome-category-physical-hint = Hacer daño al cuerpo de un niño, o no protegerlo de que le hagan daño.
outcome-category-emotional-hint = Tratar a un niño de una forma que daña sus sentimientos, como gritarle mucho, asustarlo o ignorarlo.
outcome-category-sexual-hint = Hacer o dejar que un niño participe en cosas sexuales.
outcome-category-neglect-hint = No darle a un niño lo que necesita cada día, como comida, calor, cuidado, seguridad o un médico.
# Labels of two date boxes.
outcome-core-group-label = Fecha de la primera reunión del grupo principal (core group)
outcome-review-label = Fecha de la conferencia de revisión
# On the guide's section about complaints, when a draft is open: a box where the family may keep the council's contact for a complaint about how the conference was run. The app has no council's details built in.
outcome-council-label = El contacto de su ayuntamiento para quejas (un nombre, teléfono o correo), si quiere guardarlo aquí
# The button that saves what was decided.
outcome-save = Guardar lo que se decidió
# Shown after saving.
outcome-saved = Guardado. La línea de tiempo ahora muestra las fechas que le dieron.
