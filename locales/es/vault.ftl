# Messages about saved drafts. Readers: parents and carers, and children and young people
# writing their own views, often with an advocate beside them. They may be worried or upset.
# Say what happened and what to do next, kindly; say that nothing was lost whenever that is
# true; never blame; no technical words ("keychain", "file", "encrypted" only where a person
# needs them to act).

# Start screen, when the app first starts or unlocks, if the computer's password store (the
# keychain) is there but locked, or did not answer. Followed by a box for the passphrase.
error-vault-keychain-unavailable = El almacén de contraseñas de este ordenador está bloqueado o no ha respondido, así que tus borradores no se pueden desbloquear de la forma habitual. Puedes usar una frase secreta en su lugar. No se ha perdido nada de lo que has escrito.

# Start screen, the very first time, when this computer has no password store the app can use
# at all. Followed by two boxes to choose a passphrase.
error-vault-no-keychain = Este ordenador no tiene ningún almacén de contraseñas que Family Voice pueda usar, así que tus borradores se protegerán con una frase secreta. La eliges ahora y la escribes cada vez que abras tus borradores.

# Start screen, when the small file that records where the drafts' key is kept is damaged and
# could not be mended. The drafts themselves are still on the computer, untouched. Followed by
# "Start again", which puts them to one side rather than deleting them.
error-vault-key-file-damaged = Tus borradores siguen en este ordenador, pero el registro de la llave que los abre está dañado y la aplicación no ha podido arreglarlo. No se ha eliminado nada.

# Start screen, when there are saved drafts but the key that opens them is not on this
# computer any more. Followed by two buttons: use the passphrase, or start again.
error-vault-key-missing = Tus borradores siguen aquí, pero la llave que los abre ya no está en este ordenador. Si elegiste una frase secreta, puedes usarla para abrirlos. Si no, puedes empezar de nuevo: los borradores que no se pueden abrir se guardan aparte, no se eliminan.

# Unlock screen, when someone tries a passphrase but none was ever chosen for these drafts.
error-vault-no-passphrase = No se eligió ninguna frase secreta para estos borradores, así que no se pueden abrir con una. Por favor, vuelve atrás e inténtalo de nuevo.

# Unlock screen, under the passphrase box, when the passphrase typed does not open the drafts.
error-vault-wrong-passphrase = Esa frase secreta no abre tus borradores. Revísala y vuelve a intentarlo. Las mayúsculas y los espacios cuentan.

# "I have forgotten my passphrase", when the recovery code typed is not right.
error-vault-wrong-recovery-code = Ese código de recuperación no abre tus borradores. Revisa cada letra y cada número de tu hoja de recuperación y vuelve a intentarlo.

# Passphrase screen, under the box, when the new passphrase chosen is too short.
error-vault-passphrase-too-short = Por favor, elige una frase secreta de al menos { $min } caracteres. Funciona bien una frase corta que vayas a recordar.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to set
# up drafts that already have a key.
error-vault-already-set-up = Tus borradores ya están preparados en este ordenador. Por favor, cierra la aplicación y vuelve a abrirla.

# Start screen; only seen if something has gone wrong in the app itself, when it tries to open
# drafts before any were set up.
error-vault-not-set-up = Todavía no hay borradores en este ordenador. Puedes empezar uno nuevo.

# Any screen with a draft, after the app locked itself or was locked on purpose.
error-vault-locked = Tus borradores están bloqueados para que sigan siendo privados. Desbloquéalos para seguir.

# Start screen or a draft, when the draft asked for is not there (often it was just deleted).
error-vault-not-found = No se ha encontrado este borrador. Puede que se haya eliminado.

# Start screen, rename box or new draft box, when the name is left empty.
error-vault-label-missing = Por favor, ponle un nombre a este borrador, para poder encontrarlo otra vez. Por ejemplo: «Mamá — reunión inicial».

# Start screen, in the list of drafts, beside a file that is not a Family Voice draft.
error-vault-foreign-file = En la carpeta de borradores hay algo que no es un borrador de Family Voice. Lo hemos dejado como estaba, y tus otros borradores están bien.

# Start screen, in the list of drafts, beside a draft saved by a newer version of the app.
error-vault-newer-version = Este borrador se guardó con una versión más nueva de Family Voice. Actualiza la aplicación para abrirlo. No se ha cambiado nada.

# Start screen, in the list of drafts, beside a draft that has been damaged.
error-vault-damaged = Este borrador está dañado y no se puede abrir. Tus otros borradores están bien.

# Start screen, in the list, or while saving: a draft far larger than anyone writes.
error-vault-too-large = Este borrador es demasiado grande para que la aplicación lo abra o lo guarde. Tus otros borradores están bien.

# Quiet status beside "Saved" while writing, when the computer's disk is full.
error-vault-disk-full = Tus últimos cambios no se han podido guardar porque el disco del ordenador está lleno. Lo que guardaste antes está a salvo. Libera algo de espacio y la aplicación lo volverá a intentar.

# Quiet status beside "Saved" while writing, or the start screen, when the drafts folder
# cannot be written to.
error-vault-read-only = Tus últimos cambios no se han podido guardar porque la aplicación no tiene permiso para escribir en su carpeta de borradores. Lo que guardaste antes está a salvo.

# Quiet status beside "Saved" while writing, or the start screen, for any other problem with
# the computer's storage.
error-vault-storage-failed = Algo ha salido mal al guardar o abrir tus borradores. Lo que guardaste antes está a salvo. Vuelve a intentarlo dentro de un momento.

# Start screen, when the computer cannot make a secure key for new drafts (very rare).
error-vault-random-unavailable = Este ordenador no ha podido crear una llave segura para tus borradores, así que no se ha guardado nada. Reinicia el ordenador y vuelve a intentarlo.

# Start screen, in the list of files that could not be opened, beside something in the drafts
# folder that has a draft's name but is not a file (for example a folder).
error-vault-not-a-file = Esto no es un archivo de borrador (puede ser una carpeta o un acceso directo), así que la aplicación no lo ha abierto. Lo hemos dejado como estaba, y tus otros borradores están bien.

# Start screen, when Family Voice is already open in another window on this computer.
error-vault-in-use = Family Voice ya está abierto en este ordenador. Por favor, usa la ventana que ya está abierta. Solo una ventana a la vez puede abrir tus borradores, para que nada se guarde dos veces.

# Start screen, after "Start again", if the drafts could in fact be opened after all (for
# example the password store answered this time). The drafts are then simply shown.
error-vault-drafts-still-open = Al final tus borradores sí se pueden abrir, así que no se ha guardado nada aparte.

## The start screen's list of drafts

# The name a new draft gets when the family leaves the name box empty.
# $date: today, e.g. "Sunday 22 November 2026".
drafts-default-label = Mi aportación, empezada el { $date }
# Under each draft's name in the list. $date: e.g. "Sunday 22 November 2026"; $time: e.g. "2:05pm".
drafts-saved-at = Guardado por última vez el { $date } a las { $time }
# The locked screen, when the password store cannot be opened and no passphrase was chosen, so
# the only thing to do is try again. Followed by a "Try again" button.
drafts-keychain-unavailable-retry = El almacén de contraseñas de este ordenador está bloqueado o no ha respondido, así que tus borradores siguen bloqueados. No se ha perdido nada de lo que has escrito. Desbloquea el almacén de contraseñas (en muchos ordenadores basta con cerrar la sesión y volver a entrar) y luego elige «Volver a intentarlo».

# Start screen, above the list, after "Start again": where the drafts that could not be opened
# were put. $folder: the folder's place on the computer, e.g. "/home/sam/.local/share/…".
drafts-set-aside-notice = Tus borradores antiguos se han guardado aparte, no se han eliminado. Están en esta carpeta: { $folder }. Si más adelante recuerdas tu frase secreta, o el almacén de contraseñas del ordenador vuelve a funcionar, alguien que te ayude con el ordenador puede devolverlos a su sitio para que se abran.
# Start screen, in the list of files that could not be opened: which file it is, so one can be
# told from another. $name: the file's name; $kilobytes: its size; $date and $time: when it last
# changed, e.g. "Sunday 22 November 2026" and "2:05pm".
drafts-unreadable-file = { $name }, { $kilobytes } KB, modificado el { $date } a las { $time }
# The same, when the computer does not say when the file changed.
drafts-unreadable-file-undated = { $name }, { $kilobytes } KB

# The name of a new draft for the review conference, made from an earlier one; $label is the earlier draft's name.
drafts-review-label = { $label } (conferencia de revisión)
